/**
 * Test fixtures that give each test JVM its own database, Redis key space and AMQP exchange on the real servers, sign
 * access tokens as the user service would, and call a running service over HTTP.
 */
package com.vurksha.platformtest;
