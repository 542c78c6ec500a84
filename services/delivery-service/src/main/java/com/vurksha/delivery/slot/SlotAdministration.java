package com.vurksha.delivery.slot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.BadInput;
import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.zone.Zones;
import com.vurksha.platform.error.ApiException;

/** Operators add weekly windows to a zone (a new window's slots for the days ahead appear at once) and watch how full slots are. */
@Service
class SlotAdministration {

	private final SlotTemplates templates;

	private final SlotGenerator generator;

	private final Zones zones;

	private final Slots slots;

	SlotAdministration(SlotTemplates templates, SlotGenerator generator, Zones zones, Slots slots) {
		this.templates = templates;
		this.slots = slots;
		this.generator = generator;
		this.zones = zones;
	}

	@Transactional
	SlotTemplate add(String zoneId, NewSlotTemplate request) {
		requireZone(zoneId);
		if (!request.end().isAfter(request.start())) {
			throw BadInput.field("end", "must be after start");
		}
		if (templates.overlaps(zoneId, request.weekday(), request.start(), request.end())) {
			throw new ApiException(DeliveryErrorCode.TEMPLATE_OVERLAPS,
					"The zone already has a window overlapping " + request.start() + "-" + request.end() + " on "
							+ request.weekday());
		}
		SlotTemplate template = new SlotTemplate(UUID.randomUUID().toString(), zoneId, request.weekday(),
				request.start(), request.end(), request.capacity(), request.cutoffMinutes());
		templates.insert(template);
		generator.generate(List.of(template));
		return template;
	}

	@Transactional(readOnly = true)
	List<SlotTemplate> ofZone(String zoneId) {
		requireZone(zoneId);
		return templates.ofZone(zoneId);
	}

	@Transactional(readOnly = true)
	List<AdminSlotView> slotsOn(String zoneId, String date) {
		LocalDate day = SlotOffer.parse(date);
		requireZone(zoneId);
		return slots.ofZoneOn(zoneId, day).stream().map(AdminSlotView::of).toList();
	}

	private void requireZone(String zoneId) {
		if (zones.find(zoneId).isEmpty()) {
			throw new ApiException(DeliveryErrorCode.ZONE_NOT_FOUND, "Zone " + zoneId + " does not exist");
		}
	}
}
