package com.vurksha.delivery.orderevents;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.vurksha.delivery.fulfilment.DeliveryAddress;
import com.vurksha.delivery.fulfilment.OrderDetails;
import com.vurksha.delivery.zone.Zone;
import com.vurksha.delivery.zone.Zones;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@code order.order.packed} payload into what the delivery keeps of the order. The zone is the event's,
 * or the one serving the address's pincode; a packed order no zone serves cannot be delivered by us and is logged
 * and dropped (retrying would not find a zone either).
 */
@Component
class PackedOrders {

	private static final Logger log = LoggerFactory.getLogger(PackedOrders.class);

	private final Zones zones;

	PackedOrders(Zones zones) {
		this.zones = zones;
	}

	Optional<OrderDetails> read(EventEnvelope event) {
		JsonNode payload = event.payload();
		Optional<String> orderId = EventFields.text(payload, "orderId");
		Optional<String> userId = EventFields.text(payload, "userId");
		if (orderId.isEmpty() || userId.isEmpty()) {
			log.warn("{} {} names no order or customer", event.type(), event.id());
			return Optional.empty();
		}
		DeliveryAddress address = address(payload.get("address"));
		Optional<String> zoneId = EventFields.text(payload, "zoneId")
			.or(() -> Optional.ofNullable(address.pincode()).flatMap(zones::serving).map(Zone::id));
		if (zoneId.isEmpty()) {
			log.error("Packed order {} has no delivery zone (pincode {})", orderId.get(), address.pincode());
			return Optional.empty();
		}
		return Optional.of(new OrderDetails(orderId.get(), EventFields.text(payload, "number").orElse(orderId.get()),
				userId.get(), zoneId.get(), EventFields.text(payload, "slotId").orElse(null),
				EventFields.instant(payload, "slotStart").orElse(null), EventFields.instant(payload, "slotEnd").orElse(null), address,
				Events.amount(payload, "amountToCollect")));
	}

	private static DeliveryAddress address(JsonNode node) {
		return new DeliveryAddress(text(node, "label"), text(node, "line1"), text(node, "line2"),
				text(node, "landmark"), text(node, "city"), text(node, "state"), text(node, "pincode"),
				Events.number(node, "latitude"), Events.number(node, "longitude"));
	}

	private static String text(JsonNode node, String field) {
		return EventFields.text(node, field).orElse(null);
	}
}
