package com.vurksha.search.modularitycheck.b;

import com.vurksha.search.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
