package com.vurksha.order.tracking;

import org.springframework.stereotype.Service;

import com.vurksha.order.order.OrderBrief;
import com.vurksha.order.order.OrderManagement;

/**
 * Puts an order's status together with its delivery. The order is read first, in its own short read, so a
 * stranger's or unknown id is refused before the delivery service is asked, and no database connection is held
 * while it is.
 */
@Service
class Tracking {

	private final OrderManagement orders;

	private final DeliveryClient deliveries;

	Tracking(OrderManagement orders, DeliveryClient deliveries) {
		this.orders = orders;
		this.deliveries = deliveries;
	}

	TrackingView of(String orderId, String userId) {
		OrderBrief order = orders.briefOf(orderId, userId);
		DeliveryLookup lookup = deliveries.byOrder(order.id());
		return new TrackingView(order.id(), order.number(), order.status(), lookup.delivery(), lookup.unavailable());
	}
}
