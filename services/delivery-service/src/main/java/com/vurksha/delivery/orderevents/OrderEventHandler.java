package com.vurksha.delivery.orderevents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.vurksha.delivery.booking.BookingStatus;
import com.vurksha.delivery.booking.SlotBookings;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Runs once per event (the platform inbox skips repeats). An event naming no booking, or a confirmation of a
 * booking that was released or never made, is logged and dropped: retrying it could not change the outcome, and
 * the order service settles such orders itself.
 */
@Component
class OrderEventHandler implements EventHandler {

	static final String CONFIRMED = "order.order.confirmed";

	static final String CANCELLED = "order.order.cancelled";

	static final String CANCELLED_REASON = "ORDER_CANCELLED";

	private static final Logger log = LoggerFactory.getLogger(OrderEventHandler.class);

	private final SlotBookings bookings;

	OrderEventHandler(SlotBookings bookings) {
		this.bookings = bookings;
	}

	@Override
	public void handle(EventEnvelope event) {
		String bookingId = text(event.payload(), "bookingId");
		if (bookingId == null) {
			log.debug("{} {} names no slot booking", event.type(), event.id());
			return;
		}
		switch (event.type()) {
			case CONFIRMED -> confirm(bookingId, event);
			case CANCELLED -> bookings.release(bookingId, CANCELLED_REASON);
			default -> log.debug("Ignoring {} {}", event.type(), event.id());
		}
	}

	private void confirm(String bookingId, EventEnvelope event) {
		BookingStatus status = bookings.status(bookingId).orElse(null);
		if (status == null || status == BookingStatus.RELEASED) {
			log.warn("Order event {} confirms slot booking {} which is {}", event.id(), bookingId,
					(status == null) ? "unknown" : status);
			return;
		}
		bookings.confirm(bookingId);
	}

	private static String text(JsonNode payload, String field) {
		JsonNode value = (payload != null) ? payload.get(field) : null;
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}
}
