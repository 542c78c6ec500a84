/** End-to-end tests: the whole local system started from the built jars and used through the gateway. */
package com.vurksha.e2e;
