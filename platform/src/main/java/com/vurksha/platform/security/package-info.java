/** Stateless bearer-token security for every service: JWT verification, roles, public paths and the current user. */
package com.vurksha.platform.security;
