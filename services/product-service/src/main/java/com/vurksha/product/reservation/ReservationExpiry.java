package com.vurksha.product.reservation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives back the packs of reservations nobody committed in time. Each reservation expires in a transaction of its
 * own that re-reads it under lock, so a commit or release racing the job wins or loses cleanly, and several
 * instances may run the job at once. {@link ReservationConfiguration} runs it periodically.
 */
@Component
public class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	private final Reservations reservations;

	private final StockReservations stock;

	private final ReservationProperties properties;

	private final Clock clock;

	ReservationExpiry(Reservations reservations, StockReservations stock, ReservationProperties properties,
			Clock clock) {
		this.reservations = reservations;
		this.stock = stock;
		this.properties = properties;
		this.clock = clock;
	}

	/** Expires every RESERVED reservation whose hold ran out, up to one batch, and returns how many it expired. */
	public int expireDue() {
		int expired = 0;
		for (String id : reservations.expiredBefore(clock.instant(), properties.expiry().batchSize())) {
			if (stock.expire(id) instanceof Outcome.Changed) {
				expired++;
			}
		}
		if (expired > 0) {
			log.info("Expired {} stock reservations", expired);
		}
		return expired;
	}
}
