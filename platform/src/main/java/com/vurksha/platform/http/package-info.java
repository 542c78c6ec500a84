/** Service-to-service HTTP clients with timeouts, retries for idempotent calls, circuit breakers and caller context. */
package com.vurksha.platform.http;
