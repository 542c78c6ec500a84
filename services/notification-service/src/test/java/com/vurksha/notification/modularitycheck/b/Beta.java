package com.vurksha.notification.modularitycheck.b;

import com.vurksha.notification.modularitycheck.a.Alpha;

/** Uses module {@code a}, which uses this module: a cycle. */
public class Beta {

	Alpha alpha;
}
