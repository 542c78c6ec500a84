package com.vurksha.order.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.order.order.DeliveryFollowUp;
import com.vurksha.order.order.Order;
import com.vurksha.order.order.OrderManagement;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Applies the delivery service's events to orders, once per event id (the inbox). News the order's own guards find
 * stale or repeated (a pick-up of an order already delivered, an attempt that already failed, an unknown order)
 * is logged and dropped rather than retried: retrying cannot make it apply. Events that may arrive out of order
 * are put right by the order itself (a delivery before its pick-up goes through OUT_FOR_DELIVERY).
 */
@Component
class DeliveryEvents implements EventHandler {

	static final String PICKED_UP = "delivery.delivery.picked-up";

	static final String DELIVERED = "delivery.delivery.delivered";

	static final String FAILED = "delivery.delivery.failed";

	private static final Logger log = LoggerFactory.getLogger(DeliveryEvents.class);

	private final OrderManagement orders;

	private final Clock clock;

	DeliveryEvents(OrderManagement orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode p = event.payload();
		int attempt = Math.max(1, p.path("attempt").asInt(1));
		switch (event.type()) {
			case PICKED_UP -> apply(event, order -> order.pickedUp(attempt));
			case DELIVERED -> apply(event, order -> order.delivered(attempt, deliveredAt(p)));
			case FAILED -> failed(event, attempt);
			default -> log.debug("Ignoring event {} of type {}", event.id(), event.type());
		}
	}

	private void failed(EventEnvelope event, int attempt) {
		JsonNode p = event.payload();
		DeliveryFollowUp followUp = followUp(p.path("followUp").asString(""));
		if (followUp == null) {
			log.warn("Delivery event {} has no known followUp ({}); ignored", event.id(), p.path("followUp"));
			return;
		}
		String reason = p.path("reason").asString("UNKNOWN");
		apply(event, order -> order.deliveryFailed(attempt, reason, followUp));
	}

	private void apply(EventEnvelope event, Predicate<Order> change) {
		String orderId = event.payload().path("orderId").asString(null);
		if (orderId == null || !orders.react(orderId, change)) {
			log.warn("Delivery event {} ({}) for order {} is stale, repeated or about an unknown order; ignored",
					event.id(), event.type(), orderId);
		}
	}

	/** When the rider handed it over; the time we heard of it if the event does not say. */
	private Instant deliveredAt(JsonNode payload) {
		try {
			String at = payload.path("deliveredAt").asString(null);
			return (at != null) ? Instant.parse(at) : clock.instant();
		}
		catch (DateTimeParseException ex) {
			return clock.instant();
		}
	}

	private static DeliveryFollowUp followUp(String value) {
		try {
			return DeliveryFollowUp.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
