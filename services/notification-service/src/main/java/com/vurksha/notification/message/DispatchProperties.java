package com.vurksha.notification.message;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher sends queued messages.
 *
 * @param interval pause between two looks for due messages
 * @param batchSize messages claimed per look
 * @param lease how long a claimed message is kept from other instances; a dispatcher that dies mid-send leaves it due
 * again after this
 * @param initialBackoff wait after the first failed attempt, doubled per further failure
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts failed attempts after which a message is dead-lettered
 */
@Validated
@ConfigurationProperties("vurksha.notification.dispatch")
public record DispatchProperties(@DefaultValue("1s") @NotNull Duration interval,
		@DefaultValue("50") @Min(1) @Max(500) int batchSize, @DefaultValue("2m") @NotNull Duration lease,
		@DefaultValue("30s") @NotNull Duration initialBackoff, @DefaultValue("1h") @NotNull Duration maxBackoff,
		@DefaultValue("8") @Min(1) int maxAttempts) {
}
