package com.vurksha.delivery.location;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How riders' pings are kept.
 *
 * @param minInterval at most one ping per delivery is stored per this interval; more often answers 429
 * @param retention pings older than this are deleted (they serve support questions, not the live view)
 * @param retentionInterval how often the retention job runs
 */
@Validated
@ConfigurationProperties("vurksha.delivery.location")
public record LocationProperties(@DefaultValue("5s") @NotNull Duration minInterval,
		@DefaultValue("7d") @NotNull Duration retention, @DefaultValue("1h") @NotNull Duration retentionInterval) {
}
