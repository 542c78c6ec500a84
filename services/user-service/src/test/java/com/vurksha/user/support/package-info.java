/** Shared fixtures of the user service's integration tests: the running service, its HTTP API and the SMS gateway. */
package com.vurksha.user.support;
