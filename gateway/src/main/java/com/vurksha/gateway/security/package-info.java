/** Edge security: access tokens checked against the user service's JWKS, role rules and CORS. */
package com.vurksha.gateway.security;
