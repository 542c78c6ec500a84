package com.vurksha.delivery.zone;

import java.util.Optional;

/** Whether we deliver to a pincode, and the zone that does (null when we do not). */
public record Serviceability(String pincode, boolean serviceable, Zone zone) {

	static Serviceability of(String pincode, Optional<Zone> zone) {
		return new Serviceability(pincode, zone.isPresent(), zone.orElse(null));
	}
}
