package com.vurksha.cart.modularitycheck.a;

import com.vurksha.cart.modularitycheck.b.Beta;
import com.vurksha.cart.modularitycheck.b.internal.BetaDetail;

/** Uses module {@code b} through its API and, illegally, through its internal package. */
public class Alpha {

	Beta beta;

	BetaDetail detail;
}
