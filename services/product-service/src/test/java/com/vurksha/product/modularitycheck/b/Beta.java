package com.vurksha.product.modularitycheck.b;

import com.vurksha.product.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
