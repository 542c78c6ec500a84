package com.vurksha.order.tracking;

import com.vurksha.order.order.OrderStatus;

/**
 * An order's progress for its customer.
 *
 * @param delivery the delivery as the delivery service has it, or {@code null} when there is none (yet) or it
 * could not be asked
 * @param deliveryUnavailable whether the delivery service could not be asked, so a missing delivery means "try
 * again" rather than "none yet"
 */
public record TrackingView(String orderId, String number, OrderStatus status, DeliveryView delivery,
		boolean deliveryUnavailable) {
}
