package com.vurksha.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the idempotency-key store.
 *
 * @param retention how long a key and its stored response are kept (default 24 h)
 * @param inProgressTimeout after how long an unfinished first attempt (its process died) no longer blocks a
 * retry with the same key and body (default 2 min)
 * @param cleanupInterval how often expired keys are deleted (default 10 min)
 * @param cleanupEnabled whether this instance runs the cleanup job (default true)
 */
@ConfigurationProperties("vurksha.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
		@DefaultValue("2m") Duration inProgressTimeout, @DefaultValue("10m") Duration cleanupInterval,
		@DefaultValue("true") boolean cleanupEnabled) {
}
