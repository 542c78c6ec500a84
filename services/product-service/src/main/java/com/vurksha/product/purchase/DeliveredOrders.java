package com.vurksha.product.purchase;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;

/**
 * Turns {@code order.order.delivered} into verified purchases, one per delivered product. Runs in the inbox's
 * transaction, so a redelivered event is skipped; recording is idempotent besides, so even a republished event
 * with a new id is harmless. Lines this service cannot place (an unknown product or variant) are logged and
 * skipped: retrying would not make them known, and the rest of the order still counts.
 */
@Component
class DeliveredOrders implements EventHandler {

	static final String DELIVERED = "order.order.delivered";

	private static final Logger log = LoggerFactory.getLogger(DeliveredOrders.class);

	private final VerifiedPurchases purchases;

	DeliveredOrders(VerifiedPurchases purchases) {
		this.purchases = purchases;
	}

	@Override
	public void handle(EventEnvelope event) {
		Optional<DeliveredOrder> order = DeliveredOrder.from(event.payload());
		if (order.isEmpty()) {
			log.warn("{} {} names no order, customer or lines; ignored", event.type(), event.id());
			return;
		}
		Instant at = (order.get().deliveredAt() != null) ? order.get().deliveredAt() : event.occurredAt();
		order.get().lines().forEach(line -> record(event, order.get(), line, at));
	}

	private void record(EventEnvelope event, DeliveredOrder order, DeliveredOrder.Line line, Instant at) {
		Optional<String> productId = (line.productId() != null) ? Optional.of(line.productId())
				: purchases.productOfVariant(line.variantId());
		boolean known = productId.map(id -> purchases.record(order.userId(), id, order.orderId(), at)).orElse(false);
		if (!known) {
			log.warn("{} {}: order {} line {} names no product we know; skipped", event.type(), event.id(),
					order.orderId(), line);
		}
	}
}
