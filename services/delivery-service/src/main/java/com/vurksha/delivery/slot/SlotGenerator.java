package com.vurksha.delivery.slot;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryProperties;

/** Keeps the configured number of days, today included, filled with the slots of every template. */
@Service
class SlotGenerator {

	private final SlotTemplates templates;

	private final Slots slots;

	private final SlotCalendar calendar;

	private final DeliveryProperties properties;

	private final Clock clock;

	SlotGenerator(SlotTemplates templates, Slots slots, DeliveryProperties properties, Clock clock) {
		this.templates = templates;
		this.slots = slots;
		this.calendar = new SlotCalendar(properties.timeZone());
		this.properties = properties;
		this.clock = clock;
	}

	/** @return how many slots were added; slots that exist already are left as they are */
	@Transactional
	int generateAhead() {
		return generate(templates.all());
	}

	@Transactional
	int generate(Collection<SlotTemplate> chosen) {
		List<PlannedSlot> planned = calendar.plan(chosen, calendar.today(clock.instant()), properties.daysAhead());
		return (int) planned.stream().filter(slots::add).count();
	}
}
