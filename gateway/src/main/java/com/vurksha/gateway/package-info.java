/** The API gateway application: routing, edge security, rate limiting and one Swagger UI for all services. */
package com.vurksha.gateway;
