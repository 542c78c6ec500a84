package com.vurksha.delivery.orderevents;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.vurksha.delivery.booking.BookingStatus;
import com.vurksha.delivery.booking.SlotBookings;
import com.vurksha.delivery.fulfilment.DeliveryIntake;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventFields;
import com.vurksha.platform.events.EventHandler;

/**
 * Runs once per event (the platform inbox skips repeats). An event naming no booking, or a confirmation of a
 * booking that was released or never made, is logged and dropped: retrying it could not change the outcome, and
 * the order service settles such orders itself. A packed order opens its delivery; a cancelled one releases its slot
 * and cancels its delivery if the rider has not picked it up.
 */
@Component
class OrderEventHandler implements EventHandler {

	static final String CONFIRMED = "order.order.confirmed";

	static final String CANCELLED = "order.order.cancelled";

	static final String PACKED = "order.order.packed";

	static final String CANCELLED_REASON = "ORDER_CANCELLED";

	private static final Logger log = LoggerFactory.getLogger(OrderEventHandler.class);

	private final SlotBookings bookings;

	private final DeliveryIntake deliveries;

	private final PackedOrders packedOrders;

	OrderEventHandler(SlotBookings bookings, DeliveryIntake deliveries, PackedOrders packedOrders) {
		this.bookings = bookings;
		this.deliveries = deliveries;
		this.packedOrders = packedOrders;
	}

	@Override
	public void handle(EventEnvelope event) {
		switch (event.type()) {
			case CONFIRMED -> bookingId(event).ifPresent(bookingId -> confirm(bookingId, event));
			case CANCELLED -> cancel(event);
			case PACKED -> packedOrders.read(event).ifPresent(deliveries::open);
			default -> log.debug("Ignoring {} {}", event.type(), event.id());
		}
	}

	private void cancel(EventEnvelope event) {
		bookingId(event).ifPresent(bookingId -> bookings.release(bookingId, CANCELLED_REASON));
		EventFields.text(event.payload(), "orderId").ifPresent(deliveries::cancel);
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

	private static Optional<String> bookingId(EventEnvelope event) {
		Optional<String> bookingId = EventFields.text(event.payload(), "bookingId");
		if (bookingId.isEmpty()) {
			log.debug("{} {} names no slot booking", event.type(), event.id());
		}
		return bookingId;
	}
}
