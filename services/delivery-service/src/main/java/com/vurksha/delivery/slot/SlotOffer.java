package com.vurksha.delivery.slot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.BadInput;
import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.DeliveryProperties;
import com.vurksha.delivery.zone.Pincodes;
import com.vurksha.delivery.zone.Zone;
import com.vurksha.delivery.zone.Zones;
import com.vurksha.platform.error.ApiException;

/** The slots a customer at a pincode can choose from on a day. */
@Service
class SlotOffer {

	private final Zones zones;

	private final Slots slots;

	private final SlotCalendar calendar;

	private final Clock clock;

	SlotOffer(Zones zones, Slots slots, DeliveryProperties properties, Clock clock) {
		this.zones = zones;
		this.slots = slots;
		this.calendar = new SlotCalendar(properties.timeZone());
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SlotView> slots(String pincode, String date) {
		Pincodes.require("pincode", pincode);
		Instant now = clock.instant();
		LocalDate day = parse(date);
		if (day.isBefore(calendar.today(now))) {
			throw BadInput.field("date", "is in the past");
		}
		Zone zone = zones.serving(pincode)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.PINCODE_NOT_SERVICEABLE,
					"We do not deliver to " + pincode + " yet"));
		return slots.ofZoneOn(zone.id(), day).stream().map(slot -> SlotView.of(slot, now)).toList();
	}

	static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw BadInput.field("date", "must be a date as YYYY-MM-DD");
		}
	}
}
