package com.vurksha.product.reservation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Keeps reservations in step with orders: {@code order.order.confirmed} commits the order's reservation,
 * {@code order.order.cancelled} releases it. Runs in the inbox's transaction, so a redelivered event is skipped
 * and a failed one retried; the commit and release are idempotent besides. An event naming no reservation we know,
 * or a commit of one already given back, is logged and acknowledged: retrying could not make it succeed.
 */
@Component
class OrderEvents implements EventHandler {

	static final String CONFIRMED = "order.order.confirmed";

	static final String CANCELLED = "order.order.cancelled";

	private static final Logger log = LoggerFactory.getLogger(OrderEvents.class);

	private final StockReservations reservations;

	OrderEvents(StockReservations reservations) {
		this.reservations = reservations;
	}

	@Override
	public void handle(EventEnvelope event) {
		String reservationId = reservationId(event.payload());
		if (reservationId == null) {
			log.warn("{} {} names no order or reservation; ignored", event.type(), event.id());
			return;
		}
		Outcome outcome = switch (event.type()) {
			case CONFIRMED -> reservations.commit(reservationId, "order-events");
			case CANCELLED -> reservations.release(reservationId, "order-events");
			default -> null;
		};
		if (outcome instanceof Outcome.Refused refused) {
			log.warn("{} {} not applied: {}", event.type(), event.id(), refused.reason());
		}
		else if (outcome instanceof Outcome.Missing) {
			log.info("{} {}: no reservation {}; nothing to do", event.type(), event.id(), reservationId);
		}
	}

	/** The contract's reservationId, which is the order id; older producers may send only the order id. */
	private static String reservationId(JsonNode payload) {
		for (String field : new String[] { "reservationId", "orderId" }) {
			JsonNode value = (payload == null) ? null : payload.get(field);
			if (value != null && value.isString() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return null;
	}
}
