package com.vurksha.delivery.modularitycheck.b;

import com.vurksha.delivery.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
