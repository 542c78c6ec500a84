/** Embedded infrastructure for local runs: PostgreSQL from Maven-shipped binaries, Redis and an AMQP broker. */
package com.vurksha.local.infra;
