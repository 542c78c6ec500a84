package com.vurksha.delivery.zone;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A delivery zone: the hub that serves it and what delivering there costs.
 *
 * @param deliveryFee paise charged unless the order reaches {@code freeDeliveryThreshold}
 * @param freeDeliveryThreshold paise of subtotal (after coupon) from which delivery is free
 * @param minimumOrderValue paise below which the zone does not deliver
 */
public record Zone(String id, String name, String hub, long deliveryFee, long freeDeliveryThreshold,
		long minimumOrderValue) {

	public static final String CURRENCY = "INR";

	@JsonProperty("currency")
	public String currency() {
		return CURRENCY;
	}
}
