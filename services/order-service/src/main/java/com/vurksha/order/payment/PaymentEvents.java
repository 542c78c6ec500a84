package com.vurksha.order.payment;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.order.order.Order;
import com.vurksha.order.order.OrderManagement;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Applies the payment service's events to orders, once per event id (the inbox) and harmlessly when the same news
 * arrives again under another id (the order's own guards): a capture confirms a pending order or asks for the
 * refund of a cancelled one, a failure goes on the timeline, a processed refund updates the payment status.
 */
@Component
class PaymentEvents implements EventHandler {

	static final String CAPTURED = "payment.payment.captured";

	static final String FAILED = "payment.payment.failed";

	static final String REFUND_PROCESSED = "payment.refund.processed";

	private static final Logger log = LoggerFactory.getLogger(PaymentEvents.class);

	private final OrderManagement orders;

	PaymentEvents(OrderManagement orders) {
		this.orders = orders;
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode p = event.payload();
		switch (event.type()) {
			case CAPTURED -> apply(p, order -> order.paymentCaptured(text(p, "paymentId"), p.path("amount").asLong()));
			case FAILED -> apply(p, order -> order.paymentFailed(text(p, "paymentId"), text(p, "reason")));
			case REFUND_PROCESSED ->
				apply(p, order -> order.refundProcessed(text(p, "refundId"), p.path("amount").asLong()));
			default -> log.debug("Ignoring event {} of type {}", event.id(), event.type());
		}
	}

	/** Retrying cannot make an unknown order appear, so an event about one is logged and dropped. */
	private void apply(JsonNode payload, Consumer<Order> change) {
		String orderId = text(payload, "orderId");
		boolean known = orders.react(orderId, order -> {
			change.accept(order);
			return true;
		});
		if (!known) {
			log.warn("Payment event for unknown order {} ignored", orderId);
		}
	}

	private static String text(JsonNode payload, String field) {
		return payload.path(field).asString(null);
	}
}
