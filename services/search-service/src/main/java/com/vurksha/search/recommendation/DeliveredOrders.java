package com.vurksha.search.recommendation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts each delivered order into the purchase counts. Runs in the inbox's transaction, so a redelivered event is
 * counted once.
 */
@Component
class DeliveredOrders implements EventHandler {

	static final String DELIVERED = "order.order.delivered";

	private static final Logger log = LoggerFactory.getLogger(DeliveredOrders.class);

	private final PurchaseCounts counts;

	private final JsonMapper json;

	DeliveredOrders(PurchaseCounts counts, JsonMapper json) {
		this.counts = counts;
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	@Override
	public void handle(EventEnvelope event) {
		DeliveredOrder order = json.treeToValue(event.payload(), DeliveredOrder.class);
		if (order.products().isEmpty()) {
			log.warn("{} {} names no products; ignored", event.type(), event.id());
			return;
		}
		counts.count(order.customer().orElse(null), order.products(),
				(order.deliveredAt() != null) ? order.deliveredAt() : event.occurredAt());
	}
}
