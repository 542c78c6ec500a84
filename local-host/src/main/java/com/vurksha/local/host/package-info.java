/**
 * The service host of a local run: one JVM whose class path holds the libraries the applications share, and which
 * starts each application's context in its own class loader, on its own port, with its own properties and log file.
 */
package com.vurksha.local.host;
