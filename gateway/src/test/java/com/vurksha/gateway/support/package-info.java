/** Test fixtures: stand-in services on loopback, signed access tokens and a plain HTTP client. */
package com.vurksha.gateway.support;
