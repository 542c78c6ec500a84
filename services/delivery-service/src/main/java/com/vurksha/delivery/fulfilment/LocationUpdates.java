package com.vurksha.delivery.fulfilment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.BadInput;
import com.vurksha.delivery.location.EtaProperties;
import com.vurksha.delivery.location.GeoPoint;
import com.vurksha.delivery.location.LocationPings;
import com.vurksha.delivery.rider.Rider;

/**
 * Takes a rider's ping for a delivery on its way: validated, throttled per delivery, stored, and turned into the
 * delivery's last location, ETA and arrival. A fix taken before the delivery's last location is stored as a ping
 * only. The delivery's row lock serialises pings of one delivery, which is what
 * makes the throttle exact.
 */
@Service
class LocationUpdates {

	/** A phone's clock may run a little ahead; a fix further in the future is not a fix. */
	static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

	private final RiderDeliveries riderDeliveries;

	private final DeliveryJournal journal;

	private final LocationPings pings;

	private final EtaProperties eta;

	private final Clock clock;

	LocationUpdates(RiderDeliveries riderDeliveries, DeliveryJournal journal, LocationPings pings, EtaProperties eta,
			Clock clock) {
		this.riderDeliveries = riderDeliveries;
		this.journal = journal;
		this.pings = pings;
		this.eta = eta;
		this.clock = clock;
	}

	/** The answer to a ping: where the delivery stands now. */
	record Progress(String deliveryId, DeliveryStatus status, Integer etaMinutes) {
	}

	@Transactional
	Progress record(Rider rider, String deliveryId, RiderRequests.Location location) {
		GeoPoint point = GeoPoint.require(location.latitude(), location.longitude());
		Instant now = clock.instant();
		Instant recordedAt = recordedAt(location.recordedAt(), now);
		Delivery delivery = riderDeliveries.lockMine(rider, deliveryId);
		delivery.requireOnTheWay("take a location");
		pings.throttle(deliveryId, now);
		pings.record(deliveryId, rider.id(), point, location.accuracyMeters(), recordedAt, now);
		DeliveryStatus before = delivery.status();
		// an older fix than the last one is kept as a ping but moves nothing (see Delivery#locate)
		journal.save(delivery, before, delivery.locate(point, recordedAt, now, rider, eta));
		return new Progress(deliveryId, delivery.status(), delivery.etaMinutes());
	}

	private static Instant recordedAt(Instant given, Instant now) {
		if (given == null) {
			return now;
		}
		if (given.isAfter(now.plus(CLOCK_TOLERANCE))) {
			throw BadInput.field("recordedAt", "must not be in the future");
		}
		return given;
	}
}
