package com.vurksha.delivery.booking;

import java.time.Instant;
import java.util.Optional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.events.SlotBookingConfirmed;
import com.vurksha.delivery.events.SlotPlaceHeld;
import com.vurksha.delivery.events.SlotPlaceReleased;
import com.vurksha.platform.error.ApiException;

/**
 * One order's place in a slot. Its state moves only through the methods here: a hold is confirmed or released,
 * a confirmed booking can still be released (the order was cancelled), a released one stays released. Each
 * transition answers the event it raised, or nothing when the booking was already there.
 */
final class SlotBooking {

	private final String bookingId;

	private final String slotId;

	private final String pincode;

	private BookingStatus status;

	private Instant heldUntil;

	private String releaseReason;

	SlotBooking(String bookingId, String slotId, String pincode, BookingStatus status, Instant heldUntil,
			String releaseReason) {
		this.bookingId = bookingId;
		this.slotId = slotId;
		this.pincode = pincode;
		this.status = status;
		this.heldUntil = heldUntil;
		this.releaseReason = releaseReason;
	}

	static SlotBooking hold(String bookingId, String slotId, String pincode, Instant heldUntil) {
		return new SlotBooking(bookingId, slotId, pincode, BookingStatus.HELD, heldUntil, null);
	}

	SlotPlaceHeld held() {
		return new SlotPlaceHeld(bookingId, slotId, pincode, heldUntil);
	}

	Optional<SlotBookingConfirmed> confirm() {
		return switch (status) {
			case CONFIRMED -> Optional.empty();
			case RELEASED -> throw new ApiException(DeliveryErrorCode.BOOKING_RELEASED,
					"Booking " + bookingId + " is RELEASED (" + releaseReason + ") and cannot be confirmed");
			case HELD -> {
				status = BookingStatus.CONFIRMED;
				heldUntil = null;
				yield Optional.of(new SlotBookingConfirmed(bookingId, slotId));
			}
		};
	}

	Optional<SlotPlaceReleased> release(String reason) {
		if (status == BookingStatus.RELEASED) {
			return Optional.empty();
		}
		status = BookingStatus.RELEASED;
		heldUntil = null;
		releaseReason = reason;
		return Optional.of(new SlotPlaceReleased(bookingId, slotId, reason));
	}

	/** Whether a booking request with these details is a repeat of this booking. */
	boolean isRepeatOf(String requestedSlotId) {
		return slotId != null && slotId.equals(requestedSlotId);
	}

	String bookingId() {
		return bookingId;
	}

	String slotId() {
		return slotId;
	}

	String pincode() {
		return pincode;
	}

	BookingStatus status() {
		return status;
	}

	Instant heldUntil() {
		return heldUntil;
	}

	String releaseReason() {
		return releaseReason;
	}
}
