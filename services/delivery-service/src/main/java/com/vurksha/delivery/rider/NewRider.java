package com.vurksha.delivery.rider;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An operator's new rider. {@code userId} is optional: without it the rider binds when the user service registers
 * the phone with the RIDER role (at once, when it already has).
 *
 * @param shiftStart wall-clock time in Asia/Kolkata
 * @param active defaults to true
 */
public record NewRider(@NotBlank String phone, @NotBlank @Size(max = 100) String name, @NotBlank String zoneId,
		@NotNull LocalTime shiftStart, @NotNull LocalTime shiftEnd, @NotNull @Min(1) @Max(20) Integer capacity,
		Boolean active, @Size(max = 64) String userId) {
}
