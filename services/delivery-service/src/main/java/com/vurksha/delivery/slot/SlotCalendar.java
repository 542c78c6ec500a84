package com.vurksha.delivery.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lays templates out on the calendar: for each of {@code days} calendar days from {@code firstDay}, every template
 * of that weekday becomes a slot whose wall-clock start and end are read in the given time zone and stored as
 * instants.
 */
final class SlotCalendar {

	private final ZoneId timeZone;

	SlotCalendar(ZoneId timeZone) {
		this.timeZone = timeZone;
	}

	/** The calendar day it is now where the slots are delivered, which is not the UTC day around midnight. */
	LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, timeZone);
	}

	List<PlannedSlot> plan(Collection<SlotTemplate> templates, LocalDate firstDay, int days) {
		List<PlannedSlot> planned = new ArrayList<>();
		for (int offset = 0; offset < days; offset++) {
			LocalDate day = firstDay.plusDays(offset);
			for (SlotTemplate template : templates) {
				if (template.weekday() == day.getDayOfWeek()) {
					planned.add(slotOn(template, day));
				}
			}
		}
		return planned;
	}

	private PlannedSlot slotOn(SlotTemplate template, LocalDate day) {
		return new PlannedSlot(template.id(), template.zoneId(), day,
				day.atTime(template.start()).atZone(timeZone).toInstant(),
				day.atTime(template.end()).atZone(timeZone).toInstant(), template.capacity(), template.cutoffMinutes());
	}
}
