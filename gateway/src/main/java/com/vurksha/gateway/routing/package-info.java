/** Routes to the services, with per-route timeouts, circuit breakers and the headers passed downstream. */
package com.vurksha.gateway.routing;
