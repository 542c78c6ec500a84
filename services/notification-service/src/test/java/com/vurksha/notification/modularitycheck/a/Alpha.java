package com.vurksha.notification.modularitycheck.a;

import com.vurksha.notification.modularitycheck.b.Beta;
import com.vurksha.notification.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
