package com.vurksha.delivery.zone;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.platform.error.ApiException;

/** Operators open zones and hand pincodes to them; a pincode belongs to one zone at most. */
@Service
class ZoneAdministration {

	private final Zones zones;

	ZoneAdministration(Zones zones) {
		this.zones = zones;
	}

	@Transactional
	ZoneDetail open(NewZone request) {
		List<String> pincodes = validPincodes(request.pincodes());
		if (zones.nameTaken(request.name().strip())) {
			throw new ApiException(DeliveryErrorCode.ZONE_NAME_TAKEN,
					"A zone named '" + request.name().strip() + "' already exists");
		}
		Zone zone = new Zone(UUID.randomUUID().toString(), request.name().strip(), request.hub().strip(),
				request.deliveryFee(), request.freeDeliveryThreshold(),
				(request.minimumOrderValue() != null) ? request.minimumOrderValue() : 0L);
		zones.insert(zone);
		assign(zone.id(), pincodes);
		return ZoneDetail.of(zone, zones.pincodes(zone.id()));
	}

	/** New fees apply to bookings made from now on; held and confirmed bookings keep what they were told. */
	@Transactional
	ZoneDetail change(String zoneId, ZoneChanges changes) {
		Zone changed = changes.applyTo(zones.lock(zoneId).orElseThrow(() -> unknownZone(zoneId)));
		zones.update(changed);
		return ZoneDetail.of(changed, zones.pincodes(zoneId));
	}

	@Transactional
	ZoneDetail addPincodes(String zoneId, PincodeList request) {
		Zone zone = zones.find(zoneId).orElseThrow(() -> unknownZone(zoneId));
		assign(zone.id(), validPincodes(request.pincodes()));
		return ZoneDetail.of(zone, zones.pincodes(zone.id()));
	}

	@Transactional(readOnly = true)
	List<ZoneDetail> all() {
		return zones.all().stream().map(zone -> ZoneDetail.of(zone, zones.pincodes(zone.id()))).toList();
	}

	private void assign(String zoneId, List<String> pincodes) {
		if (pincodes.isEmpty()) {
			return;
		}
		List<String> elsewhere = zones.owners(pincodes)
			.stream()
			.filter(owner -> !owner.zoneId().equals(zoneId))
			.map(Zones.PincodeOwner::pincode)
			.toList();
		if (!elsewhere.isEmpty()) {
			throw new ApiException(DeliveryErrorCode.PINCODE_TAKEN,
					"Another zone already serves " + String.join(", ", elsewhere));
		}
		pincodes.forEach(pincode -> zones.addPincode(zoneId, pincode));
	}

	private static List<String> validPincodes(List<String> pincodes) {
		if (pincodes == null) {
			return List.of();
		}
		for (int i = 0; i < pincodes.size(); i++) {
			Pincodes.require("pincodes[" + i + "]", pincodes.get(i));
		}
		return List.copyOf(new LinkedHashSet<>(pincodes));
	}

	static ApiException unknownZone(String zoneId) {
		return new ApiException(DeliveryErrorCode.ZONE_NOT_FOUND, "Zone " + zoneId + " does not exist");
	}
}
