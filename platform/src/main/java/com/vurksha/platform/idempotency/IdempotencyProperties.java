package com.vurksha.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idempotency-key store.
 *
 * <p>{@code actionTimeout} must be shorter than {@code inProgressTimeout}: the action and its stored response
 * commit in one transaction bounded by {@code actionTimeout}, so once {@code inProgressTimeout} has passed since
 * the claim, the first attempt has either committed (and its response is stored) or can no longer commit, and a
 * retry may safely take the key over and run the action again.
 *
 * @param retention how long a key and its stored response are kept (default 24 h)
 * @param inProgressTimeout after how long an unfinished first attempt (its process died) no longer blocks a
 * retry with the same key and body (default 2 min)
 * @param actionTimeout the transaction timeout of the action and its stored response (default 1 min)
 * @param cleanupInterval how often expired keys are deleted (default 10 min)
 * @param cleanupEnabled whether this instance runs the cleanup job (default true)
 */
@ConfigurationProperties("vurksha.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
		@DefaultValue("2m") Duration inProgressTimeout, @DefaultValue("1m") Duration actionTimeout,
		@DefaultValue("10m") Duration cleanupInterval, @DefaultValue("true") boolean cleanupEnabled) {

	public IdempotencyProperties {
		if (actionTimeout.toSeconds() < 1 || actionTimeout.compareTo(inProgressTimeout) >= 0) {
			throw new IllegalArgumentException("vurksha.idempotency.action-timeout must be at least 1 s and shorter "
					+ "than in-progress-timeout (" + inProgressTimeout + "), got " + actionTimeout);
		}
	}

	/** The action's transaction timeout in whole seconds, as transactions take it, rounded down. */
	int actionTimeoutSeconds() {
		return (int) Math.min(Integer.MAX_VALUE, actionTimeout.toSeconds());
	}
}
