package com.vurksha.order.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.delivery.events.DeliveryDelivered;
import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.delivery.events.DeliveryPickedUp;
import com.vurksha.order.order.DeliveryFollowUp;
import com.vurksha.order.order.Order;
import com.vurksha.order.order.OrderManagement;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the delivery service's events (its own records, from the {@code delivery-events} contract) to orders, once
 * per event id (the inbox). News the order's own guards find stale or repeated (a pick-up of an order already
 * delivered, an attempt that already failed, an unknown order) is logged and dropped rather than retried: retrying
 * cannot make it apply. Events that may arrive out of order are put right by the order itself (a delivery before
 * its pick-up goes through OUT_FOR_DELIVERY).
 */
@Component
class DeliveryEvents implements EventHandler {

	static final String PICKED_UP = DeliveryPickedUp.TYPE;

	static final String DELIVERED = DeliveryDelivered.TYPE;

	static final String FAILED = DeliveryFailed.TYPE;

	private static final Logger log = LoggerFactory.getLogger(DeliveryEvents.class);

	private final OrderManagement orders;

	private final Clock clock;

	private final JsonMapper json;

	DeliveryEvents(OrderManagement orders, Clock clock, JsonMapper json) {
		this.orders = orders;
		this.clock = clock;
		// another service's payload may grow fields, or a follow-up, this one does not know yet
		this.json = json.rebuild()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
			.build();
	}

	@Override
	public void handle(EventEnvelope event) {
		switch (event.type()) {
			case PICKED_UP -> {
				DeliveryPickedUp pickedUp = json.treeToValue(event.payload(), DeliveryPickedUp.class);
				apply(event, pickedUp.orderId(), order -> order.pickedUp(attempt(pickedUp.attempt())));
			}
			case DELIVERED -> {
				DeliveryDelivered delivered = delivered(event.payload());
				Instant at = (delivered.deliveredAt() != null) ? delivered.deliveredAt() : clock.instant();
				apply(event, delivered.orderId(), order -> order.delivered(attempt(delivered.attempt()), at));
			}
			case FAILED -> failed(event, json.treeToValue(event.payload(), DeliveryFailed.class));
			default -> log.debug("Ignoring event {} of type {}", event.id(), event.type());
		}
	}

	private void failed(EventEnvelope event, DeliveryFailed failed) {
		if (failed.followUp() == null) {
			log.warn("Delivery event {} has no known followUp ({}); ignored", event.id(),
					event.payload().path("followUp"));
			return;
		}
		DeliveryFollowUp followUp = DeliveryFollowUp.valueOf(failed.followUp().name());
		String reason = (failed.reason() != null) ? failed.reason().name() : "UNKNOWN";
		apply(event, failed.orderId(), order -> order.deliveryFailed(attempt(failed.attempt()), reason, followUp));
	}

	private void apply(EventEnvelope event, String orderId, Predicate<Order> change) {
		if (orderId == null || !orders.react(orderId, change)) {
			log.warn("Delivery event {} ({}) for order {} is stale, repeated or about an unknown order; ignored",
					event.id(), event.type(), orderId);
		}
	}

	/** When the rider handed it over is the one free-form field; unreadable, it is the time we heard of it. */
	private DeliveryDelivered delivered(JsonNode payload) {
		try {
			return json.treeToValue(payload, DeliveryDelivered.class);
		}
		catch (JacksonException unreadable) {
			if (!(payload instanceof ObjectNode object) || !object.has("deliveredAt")) {
				throw unreadable;
			}
			ObjectNode withoutTime = object.deepCopy();
			withoutTime.remove("deliveredAt");
			return json.treeToValue(withoutTime, DeliveryDelivered.class);
		}
	}

	/** The first attempt when the event does not say. */
	private static int attempt(int attempt) {
		return Math.max(1, attempt);
	}
}
