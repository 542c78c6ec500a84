package com.vurksha.delivery.fulfilment;

import java.time.Instant;

import com.vurksha.delivery.location.GeoPoint;

/**
 * What a delivery knows of its order, fixed when the order was packed.
 *
 * @param amountToCollect paise the rider collects in cash (0 for orders paid online)
 */
public record OrderDetails(String orderId, String orderNumber, String customerId, String zoneId, String slotId,
		Instant slotStart, Instant slotEnd, DeliveryAddress address, long amountToCollect) {

	/** The address's map pin, or null when the customer never set one (then no ETA or arrival can be worked out). */
	public GeoPoint destination() {
		return (address == null) ? null : GeoPoint.ofNullable(address.latitude(), address.longitude());
	}
}
