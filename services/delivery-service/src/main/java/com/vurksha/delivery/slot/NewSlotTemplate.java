package com.vurksha.delivery.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An operator's new weekly window: wall-clock times like "07:00" in the service's time zone. */
public record NewSlotTemplate(@NotNull DayOfWeek weekday, @NotNull LocalTime start, @NotNull LocalTime end,
		@NotNull @Min(1) @Max(10000) Integer capacity, @NotNull @Min(0) @Max(2880) Integer cutoffMinutes) {
}
