/** Test fixtures that give each test JVM its own database, Redis key space and AMQP exchange on the real servers. */
package com.vurksha.platformtest;
