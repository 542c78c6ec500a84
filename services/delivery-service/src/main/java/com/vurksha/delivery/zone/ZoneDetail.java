package com.vurksha.delivery.zone;

import java.util.List;

/** A zone with the pincodes it serves, for operators. */
public record ZoneDetail(String id, String name, String hub, long deliveryFee, long freeDeliveryThreshold,
		long minimumOrderValue, String currency, List<String> pincodes) {

	static ZoneDetail of(Zone zone, List<String> pincodes) {
		return new ZoneDetail(zone.id(), zone.name(), zone.hub(), zone.deliveryFee(), zone.freeDeliveryThreshold(),
				zone.minimumOrderValue(), zone.currency(), pincodes);
	}
}
