package com.vurksha.payment.refund;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.payment.payment.Payment;
import com.vurksha.payment.payment.Payments;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Refunds what the order service asks for: a paid order that was cancelled is refunded in full
 * ({@code order.order.cancelled} with {@code paid:true}); {@code order.order.refund-requested} refunds its
 * {@code amount}, or everything left. The request key comes from the event, so a redelivery is the same refund.
 */
@Component
class OrderEventsConsumer implements EventHandler {

	static final String CANCELLED = "order.order.cancelled";

	static final String REFUND_REQUESTED = "order.order.refund-requested";

	private static final Logger log = LoggerFactory.getLogger(OrderEventsConsumer.class);

	private final Payments payments;

	private final RefundDesk refunds;

	OrderEventsConsumer(Payments payments, RefundDesk refunds) {
		this.payments = payments;
		this.refunds = refunds;
	}

	@Override
	public void handle(EventEnvelope event) {
		JsonNode payload = event.payload();
		String orderId = payload.path("orderId").asString("");
		switch (event.type()) {
			case CANCELLED -> {
				if (payload.path("paid").asBoolean(false)) {
					refund(orderId, null, "order-cancelled:" + orderId, "Order cancelled: "
							+ payload.path("reason").asString("no reason given"));
				}
			}
			case REFUND_REQUESTED -> {
				JsonNode amount = payload.path("amount");
				refund(orderId, amount.isNumber() ? amount.asLong() : null, "refund-requested:" + event.id(),
						payload.path("reason").asString("Refund requested by the order service"));
			}
			default -> log.debug("Not acting on {}", event.type());
		}
	}

	private void refund(String orderId, Long amount, String requestKey, String reason) {
		Payment payment = payments.byOrder(orderId).orElse(null);
		if (payment == null) {
			log.info("Order {} has no online payment to refund", orderId);
			return;
		}
		RefundDesk.Attempt attempt = refunds.attempt(payment.id(), amount, requestKey, reason);
		if (attempt.refusal() != null) {
			log.warn("Refund for order {} not started: {}", orderId, attempt.refusal().getMessage());
		}
	}
}
