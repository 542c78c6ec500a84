package com.vurksha.product.reservation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of checkout reservations.
 *
 * @param defaultTtl how long a reservation holds its packs when the request names no {@code ttlSeconds} (default
 * 15 min, the order service's payment window)
 * @param expiry the job that gives expired reservations back
 */
@ConfigurationProperties("vurksha.reservations")
public record ReservationProperties(@DefaultValue("15m") Duration defaultTtl, @DefaultValue Expiry expiry) {

	/**
	 * @param enabled whether this instance runs the job (default true)
	 * @param interval pause between runs (default 30 s); until a run, an expired reservation still holds its packs
	 * @param batchSize reservations expired per run at most (default 200)
	 */
	public record Expiry(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval,
			@DefaultValue("200") int batchSize) {
	}
}
