package com.vurksha.delivery.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly delivery window of a zone, in the service's wall-clock time.
 *
 * @param cutoffMinutes how long before the window starts booking closes
 */
public record SlotTemplate(String id, String zoneId, DayOfWeek weekday, LocalTime start, LocalTime end, int capacity,
		int cutoffMinutes) {
}
