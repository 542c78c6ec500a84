/** A service that logs and calls another one, to follow a trace through it. */
package com.vurksha.platform.observability.testapp;
