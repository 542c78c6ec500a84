package com.vurksha.user.modularitycheck.b;

import com.vurksha.user.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
