package com.vurksha.gateway.ratelimit;

import java.time.Duration;

import com.vurksha.gateway.ratelimit.RateLimitProperties.Budget;

/**
 * The token-bucket rule, the same one the Redis script applies: a bucket starts full, refills continuously at the
 * budget's rate up to its burst, and each request takes one whole token.
 *
 * @param tokens tokens in the bucket, possibly fractional
 * @param updatedAtMillis when {@code tokens} was last computed
 */
record TokenBucket(double tokens, long updatedAtMillis) {

	static TokenBucket full(Budget budget, long nowMillis) {
		return new TokenBucket(budget.burst(), nowMillis);
	}

	/** The bucket after a request at {@code nowMillis}, and whether that request may go on. */
	Taken take(Budget budget, long nowMillis) {
		long elapsed = Math.max(0, nowMillis - updatedAtMillis);
		double refilled = Math.min(budget.burst(), tokens + elapsed * budget.perSecond() / 1000.0);
		if (refilled >= 1) {
			double left = refilled - 1;
			return new Taken(new TokenBucket(left, nowMillis), new Decision(true, (long) left, Duration.ZERO));
		}
		long waitMillis = (long) Math.ceil((1 - refilled) * 1000.0 / budget.perSecond());
		return new Taken(new TokenBucket(refilled, nowMillis),
				new Decision(false, 0, Duration.ofMillis(waitMillis)));
	}

	/** A bucket's new state together with the decision for the request that changed it. */
	record Taken(TokenBucket bucket, Decision decision) {
	}
}
