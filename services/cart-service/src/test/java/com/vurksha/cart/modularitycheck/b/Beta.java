package com.vurksha.cart.modularitycheck.b;

import com.vurksha.cart.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
