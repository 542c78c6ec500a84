package com.vurksha.user.modularitycheck.a;

import com.vurksha.user.modularitycheck.b.Beta;
import com.vurksha.user.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
