package com.vurksha.gateway.ratelimit;

import java.time.Duration;

/**
 * The answer of a bucket to one request.
 *
 * @param allowed whether the request may go on
 * @param remaining whole tokens left after this request
 * @param retryAfter how long until the next token when refused, otherwise zero
 */
record Decision(boolean allowed, long remaining, Duration retryAfter) {
}
