package com.vurksha.product.modularitycheck.a;

import com.vurksha.product.modularitycheck.b.Beta;
import com.vurksha.product.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
