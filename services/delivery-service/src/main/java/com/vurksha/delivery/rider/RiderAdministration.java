package com.vurksha.delivery.rider;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.BadInput;
import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.zone.Zones;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;

/** Operators create and change riders; every rule about a rider's settings is checked here. */
@Service
class RiderAdministration {

	private final Riders riders;

	private final RiderAccounts accounts;

	private final Zones zones;

	private final Clock clock;

	RiderAdministration(Riders riders, RiderAccounts accounts, Zones zones, Clock clock) {
		this.riders = riders;
		this.accounts = accounts;
		this.zones = zones;
		this.clock = clock;
	}

	record Page(List<Rider> riders, long total) {
	}

	@Transactional(readOnly = true)
	Page list(String zoneId, PageQuery query) {
		return new Page(riders.page(zoneId, query.limit(), query.offset()), riders.count(zoneId));
	}

	@Transactional
	Rider create(NewRider request) {
		String phone = RiderPhones.require(request.phone());
		String id = "rider-" + UUID.randomUUID();
		if (riders.phoneTaken(phone)) {
			throw new ApiException(DeliveryErrorCode.RIDER_PHONE_TAKEN, "A rider with phone " + phone + " exists");
		}
		String userId = (request.userId() != null) ? request.userId() : accounts.userOf(phone).orElse(null);
		Rider rider = new Rider(id, phone, userId, request.name().strip(), request.zoneId(), request.shiftStart(),
				request.shiftEnd(), request.capacity(), !Boolean.FALSE.equals(request.active()), 0, null,
				clock.instant());
		check(rider);
		riders.insert(rider);
		return rider;
	}

	@Transactional
	Rider change(String riderId, RiderChanges changes) {
		Rider current = riders.lock(riderId)
			.orElseThrow(() -> new ApiException(DeliveryErrorCode.RIDER_NOT_FOUND, "Rider " + riderId + " does not exist"));
		Rider changed = changes.applyTo(current);
		check(changed);
		riders.update(changed);
		return riders.find(riderId).orElseThrow();
	}

	private void check(Rider rider) {
		if (zones.find(rider.zoneId()).isEmpty()) {
			throw new ApiException(DeliveryErrorCode.ZONE_NOT_FOUND, "Zone " + rider.zoneId() + " does not exist");
		}
		if (!rider.shiftEnd().isAfter(rider.shiftStart())) {
			throw BadInput.field("shiftEnd", "must be after shiftStart");
		}
		if (rider.userId() != null && riders.userTaken(rider.userId(), rider.id())) {
			throw new ApiException(DeliveryErrorCode.RIDER_USER_TAKEN,
					"User " + rider.userId() + " is already bound to another rider");
		}
	}
}
