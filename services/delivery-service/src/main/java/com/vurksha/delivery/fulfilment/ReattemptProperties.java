package com.vurksha.delivery.fulfilment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often a delivery is tried before the order goes back to the hub.
 *
 * @param maxAttempts a failure of attempt {@code maxAttempts} (or later) always returns the order to the hub
 */
@Validated
@ConfigurationProperties("vurksha.delivery.reattempt")
public record ReattemptProperties(@DefaultValue("2") @Min(1) @Max(5) int maxAttempts) {
}
