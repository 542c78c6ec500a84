package com.vurksha.delivery.fulfilment;

import java.time.Instant;

/**
 * What happened to a delivery; each names its event type on the wire (version 1, aggregate {@code delivery}) and
 * carries the delivery, order, customer and attempt every consumer needs.
 */
final class DeliveryEvents {

	static final String AGGREGATE = "delivery";

	private DeliveryEvents() {
	}

	record DeliveryAssigned(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderId, String riderUserId, String riderFirstName) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.assigned";
		}
	}

	record DeliveryAccepted(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderId, String riderFirstName) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.accepted";
		}
	}

	record DeliveryPickedUp(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderId, String riderFirstName) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.picked-up";
		}
	}

	record RiderArrivingSoon(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderFirstName, int etaMinutes) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.arriving-soon";
		}
	}

	record RiderArrived(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderFirstName) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.arrived";
		}
	}

	record DeliveryDelivered(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderId, Instant deliveredAt, long codCollected) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.delivered";
		}
	}

	record DeliveryFailed(String deliveryId, String orderId, String orderNumber, String userId, int attempt,
			String riderId, FailureReason reason, FollowUp followUp) implements DeliveryEvent {

		public String type() {
			return "delivery.delivery.failed";
		}
	}
}
