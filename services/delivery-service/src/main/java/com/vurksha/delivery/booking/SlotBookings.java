package com.vurksha.delivery.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.DeliveryProperties;
import com.vurksha.delivery.events.DeliveryEventTypes;
import com.vurksha.delivery.events.SlotBookingEvent;
import com.vurksha.delivery.slot.Slot;
import com.vurksha.delivery.slot.Slots;
import com.vurksha.delivery.zone.Pincodes;
import com.vurksha.delivery.zone.Zone;
import com.vurksha.delivery.zone.Zones;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.events.Outbox;

/**
 * Books, confirms and releases slot places. Every call is idempotent on the booking id, and a place is taken or
 * given back in the same transaction as the booking's state and its event, so the slot's count always equals its
 * live bookings.
 */
@Service
public class SlotBookings {

	/** The outcome of a booking request: {@code created} is false when it repeated an earlier one. */
	public record Booked(BookingView booking, boolean created) {
	}

	private final Bookings bookings;

	private final Slots slots;

	private final Zones zones;

	private final Outbox outbox;

	private final DeliveryProperties properties;

	private final Clock clock;

	SlotBookings(Bookings bookings, Slots slots, Zones zones, Outbox outbox, DeliveryProperties properties,
			Clock clock) {
		this.bookings = bookings;
		this.slots = slots;
		this.zones = zones;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Booked book(NewBooking request) {
		String pincode = Pincodes.require("pincode", request.pincode());
		Optional<SlotBooking> earlier = bookings.find(request.bookingId());
		if (earlier.isPresent()) {
			return repeat(earlier.get(), request);
		}
		Slot slot = slots.find(request.slotId()).orElseThrow(() -> unknownSlot(request.slotId()));
		Zone zone = zones.serving(pincode)
			.filter(serving -> serving.id().equals(slot.zoneId()))
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.SLOT_NOT_IN_ZONE,
					"Slot " + slot.id() + " is not delivered to pincode " + pincode));
		Instant now = clock.instant();
		SlotBooking booking = SlotBooking.hold(request.bookingId(), slot.id(), pincode, now.plus(properties.holdTtl()));
		if (!bookings.insert(booking, now)) {
			return repeat(bookings.find(request.bookingId()).orElseThrow(), request);
		}
		if (!slots.take(slot.id(), now)) {
			throw slot.isOpen(now) ? new ApiException(DeliveryErrorCode.SLOT_FULL, "Slot " + slot.id() + " is full")
					: new ApiException(DeliveryErrorCode.SLOT_CLOSED,
							"Slot " + slot.id() + " no longer takes bookings: its cutoff has passed");
		}
		publish(booking.held());
		return new Booked(BookingView.of(booking, slot, zone), true);
	}

	@Transactional
	public BookingView confirm(String bookingId) {
		SlotBooking booking = bookings.lock(bookingId)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.BOOKING_NOT_FOUND,
					"Booking " + bookingId + " does not exist"));
		booking.confirm().ifPresent(confirmed -> {
			bookings.update(booking, clock.instant());
			publish(confirmed);
		});
		return view(booking);
	}

	/**
	 * Gives the booking's place back once, however often it is asked. Releasing a booking that was never made
	 * records it as released, so a booking request for it that arrives late is refused instead of holding a place.
	 */
	@Transactional
	public BookingView release(String bookingId, String reason) {
		Instant now = clock.instant();
		Optional<SlotBooking> locked = bookings.lock(bookingId);
		if (locked.isEmpty()) {
			SlotBooking never = new SlotBooking(bookingId, null, null, BookingStatus.RELEASED, null, reason);
			if (bookings.insert(never, now)) {
				return BookingView.withoutSlot(never);
			}
			locked = bookings.lock(bookingId);
		}
		SlotBooking booking = locked.orElseThrow();
		booking.release(reason).ifPresent(released -> {
			slots.giveBack(booking.slotId());
			bookings.update(booking, now);
			publish(released);
		});
		return view(booking);
	}

	/** Whether a booking with this id exists; consumers use it to tell an unknown booking from a released one. */
	@Transactional(readOnly = true)
	public Optional<BookingStatus> status(String bookingId) {
		return bookings.find(bookingId).map(SlotBooking::status);
	}

	/**
	 * Releases HELD bookings whose time is up, at most {@code limit} per call.
	 * @return how many were released
	 */
	@Transactional
	public int expireHeld(int limit) {
		int expired = 0;
		for (String bookingId : bookings.lockHeldPast(clock.instant(), limit)) {
			release(bookingId, "HOLD_EXPIRED");
			expired++;
		}
		return expired;
	}

	private Booked repeat(SlotBooking earlier, NewBooking request) {
		if (earlier.status() == BookingStatus.RELEASED) {
			throw new ApiException(DeliveryErrorCode.BOOKING_RELEASED, "Booking " + earlier.bookingId()
					+ " was released (" + earlier.releaseReason() + "); book with a new booking id");
		}
		if (!earlier.isRepeatOf(request.slotId())) {
			throw new ApiException(DeliveryErrorCode.BOOKING_CONFLICT,
					"Booking " + earlier.bookingId() + " already holds another slot");
		}
		return new Booked(view(earlier), false);
	}

	private BookingView view(SlotBooking booking) {
		if (booking.slotId() == null) {
			return BookingView.withoutSlot(booking);
		}
		Slot slot = slots.find(booking.slotId()).orElseThrow();
		Zone zone = zones.find(slot.zoneId()).orElseThrow();
		return BookingView.of(booking, slot, zone);
	}

	private void publish(SlotBookingEvent event) {
		outbox.append(event.type(), DeliveryEventTypes.VERSION, DeliveryEventTypes.SLOT_BOOKING_AGGREGATE, event.bookingId(), event);
	}

	private static ApiException unknownSlot(String slotId) {
		return new ApiException(DeliveryErrorCode.SLOT_NOT_FOUND, "Slot " + slotId + " does not exist");
	}
}
