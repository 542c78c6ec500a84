package com.vurksha.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Request budgets. A bucket holds up to {@code burst} requests and refills at {@code perSecond}; a signed-in
 * caller has one bucket per user, anyone else one per client address.
 *
 * @param user budget per signed-in user ({@code application.yml}: 20 per second, burst 40)
 * @param anonymous budget per client address without a token ({@code application.yml}: 10 per second, burst 20)
 * @param keyPrefix prefix of the bucket keys in Redis, after the service-wide Redis prefix
 * @param localBucketsIdleExpiry how long an unused in-process bucket is kept while Redis is down
 */
@Validated
@ConfigurationProperties("vurksha.rate-limit")
public record RateLimitProperties(@Valid @NotNull Budget user, @Valid @NotNull Budget anonymous, @DefaultValue("rate:") String keyPrefix,
		@DefaultValue("10m") Duration localBucketsIdleExpiry) {

	/**
	 * One bucket's size and refill rate.
	 *
	 * @param perSecond tokens added per second (may be a fraction)
	 * @param burst the most tokens a bucket holds
	 */
	public record Budget(@Positive double perSecond, @Positive int burst) {
	}
}
