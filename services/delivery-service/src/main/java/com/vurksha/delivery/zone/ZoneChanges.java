package com.vurksha.delivery.zone;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What an operator changes on a zone; fields left out keep their value. Money in paise. */
public record ZoneChanges(@Size(min = 1, max = 200) String hub, @PositiveOrZero Long deliveryFee,
		@PositiveOrZero Long freeDeliveryThreshold, @PositiveOrZero Long minimumOrderValue) {

	Zone applyTo(Zone zone) {
		return new Zone(zone.id(), zone.name(), (hub != null) ? hub.strip() : zone.hub(),
				(deliveryFee != null) ? deliveryFee : zone.deliveryFee(),
				(freeDeliveryThreshold != null) ? freeDeliveryThreshold : zone.freeDeliveryThreshold(),
				(minimumOrderValue != null) ? minimumOrderValue : zone.minimumOrderValue());
	}
}
