/**
 * Test fixtures that give each test JVM its own database, Redis key space and AMQP exchange on the real servers, sign
 * access tokens as the user service would, call a running service over HTTP, and run a real streaming replica of the test
 * PostgreSQL server for code that must read from replicas.
 */
package com.vurksha.platformtest;
