package com.vurksha.delivery.modularitycheck.a;

import com.vurksha.delivery.modularitycheck.b.Beta;
import com.vurksha.delivery.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
