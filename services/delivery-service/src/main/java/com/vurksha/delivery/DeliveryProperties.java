package com.vurksha.delivery;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the delivery service lays out and holds slots.
 *
 * @param timeZone where slot templates' wall-clock times and calendar days are read (Asia/Kolkata)
 * @param daysAhead how many calendar days, today included, always have their slots generated
 * @param generationInterval how often the generation job tops the calendar up
 * @param holdTtl how long a HELD booking keeps its place before the expiry job releases it
 * @param expiryInterval how often the expiry job looks for HELD bookings past their time
 */
@Validated
@ConfigurationProperties("vurksha.delivery")
public record DeliveryProperties(@DefaultValue("Asia/Kolkata") @NotNull ZoneId timeZone,
		@DefaultValue("7") @Min(1) @Max(31) int daysAhead, @DefaultValue("1h") @NotNull Duration generationInterval,
		@DefaultValue("15m") @NotNull Duration holdTtl, @DefaultValue("30s") @NotNull Duration expiryInterval) {
}
