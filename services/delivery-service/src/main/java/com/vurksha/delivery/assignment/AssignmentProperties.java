package com.vurksha.delivery.assignment;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries find riders.
 *
 * @param acceptTimeout an ASSIGNED delivery not accepted within this goes to another rider
 * @param sweepInterval how often waiting deliveries are assigned and unaccepted ones taken back
 * @param sweepBatch deliveries handled per kind and sweep
 */
@Validated
@ConfigurationProperties("vurksha.delivery.assignment")
public record AssignmentProperties(@DefaultValue("2m") @NotNull Duration acceptTimeout,
		@DefaultValue("15s") @NotNull Duration sweepInterval, @DefaultValue("100") @Min(1) @Max(1000) int sweepBatch) {
}
