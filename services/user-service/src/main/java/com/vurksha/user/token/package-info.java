/** Access tokens (ES256 JWTs), their signing keys and JWKS, and rotating refresh-token families. */
package com.vurksha.user.token;
