/** A service with signed-in, admin and public endpoints, to test the platform security. */
package com.vurksha.platform.security.testapp;
