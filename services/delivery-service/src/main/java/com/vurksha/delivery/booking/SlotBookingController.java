package com.vurksha.delivery.booking;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The order service books, confirms and releases slot places here with its own token (scope {@code slots:book});
 * not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/slot-bookings")
@Tag(name = "Slot bookings (internal)")
@SecurityRequirement(name = "bearer")
class SlotBookingController {

	static final String RELEASED_BY_CALLER = "RELEASED_BY_ORDER_SERVICE";

	private final SlotBookings bookings;

	SlotBookingController(SlotBookings bookings) {
		this.bookings = bookings;
	}

	@PostMapping
	@Operation(summary = "Hold a place in a slot for an order",
			description = "bookingId is the order id. 201 with the slot's window and the zone's fees, status HELD "
					+ "until heldUntil; the same bookingId and slot again answers 200 with the booking as it is. "
					+ "409 SLOT_FULL, 409 SLOT_CLOSED (cutoff passed), 400 SLOT_NOT_IN_ZONE (the pincode is not "
					+ "served by the slot's zone), 404 SLOT_NOT_FOUND, 409 BOOKING_CONFLICT (the id holds another "
					+ "slot), 409 BOOKING_RELEASED (the id was released). Needs the "
					+ "order service's token (slots:book).")
	@ApiErrors({"BOOKING_CONFLICT", "BOOKING_RELEASED", "SLOT_CLOSED", "SLOT_FULL", "SLOT_NOT_FOUND",
			"SLOT_NOT_IN_ZONE"})
	ResponseEntity<ApiResponse<BookingView>> book(@Valid @RequestBody NewBooking request) {
		SlotBookings.Booked booked = bookings.book(request);
		return ResponseEntity.status(booked.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ApiResponse.ok(booked.booking()));
	}

	@PostMapping("/{bookingId}/confirm")
	@Operation(summary = "Confirm a held booking",
			description = "HELD becomes CONFIRMED and no longer expires; confirming again answers 200. 409 "
					+ "BOOKING_RELEASED once released, 404 BOOKING_NOT_FOUND. Needs the "
					+ "order service's token (slots:book).")
	@ApiErrors({"BOOKING_NOT_FOUND", "BOOKING_RELEASED"})
	ApiResponse<BookingView> confirm(@PathVariable String bookingId) {
		return ApiResponse.ok(bookings.confirm(bookingId));
	}

	@PostMapping("/{bookingId}/release")
	@Operation(summary = "Release a booking's place",
			description = "The place goes back to the slot once; releasing again answers 200 unchanged. Releasing an "
					+ "unknown booking id answers 200 RELEASED and refuses a later booking with that id. Needs a "
					+ "service token (slots:book).")
	ApiResponse<BookingView> release(@PathVariable String bookingId) {
		return ApiResponse.ok(bookings.release(bookingId, RELEASED_BY_CALLER));
	}
}
