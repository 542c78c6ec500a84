package com.vurksha.search.modularitycheck.a;

import com.vurksha.search.modularitycheck.b.Beta;
import com.vurksha.search.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
