/**
 * Routes to the services, with per-route timeouts, circuit breakers and the headers passed downstream, balanced across
 * a service's instances when it runs as several.
 */
package com.vurksha.gateway.routing;
