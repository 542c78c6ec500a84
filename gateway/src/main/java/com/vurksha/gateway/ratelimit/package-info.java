/** Token-bucket rate limiting per user or per client address, in Redis with an in-process fallback. */
package com.vurksha.gateway.ratelimit;
