package com.vurksha.delivery.location;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The pings of every delivery. Callers hold the delivery's row lock while they throttle and record, so two pings
 * racing for one delivery cannot both pass the interval check.
 */
@Repository
public class LocationPings {

	private final JdbcClient jdbc;

	private final LocationProperties properties;

	LocationPings(JdbcClient jdbc, LocationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Refuses with 429 and the time to wait when the delivery's last ping is younger than the minimum interval. */
	public void throttle(String deliveryId, Instant now) {
		Optional<Instant> last = jdbc
			.sql("SELECT received_at FROM location_ping WHERE delivery_id = :id ORDER BY received_at DESC LIMIT 1")
			.param("id", deliveryId)
			.query((rs, row) -> rs.getTimestamp("received_at").toInstant())
			.optional();
		if (last.isEmpty()) {
			return;
		}
		Duration wait = Duration.between(now, last.get().plus(properties.minInterval()));
		if (!wait.isNegative() && !wait.isZero()) {
			long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
			throw new ApiException(CommonErrorCode.RATE_LIMITED,
					"At most one location per " + properties.minInterval().toSeconds() + " s for a delivery")
				.withRetryAfter(Duration.ofSeconds(seconds));
		}
	}

	public void record(String deliveryId, String riderId, GeoPoint point, Double accuracyMeters, Instant recordedAt,
			Instant now) {
		jdbc.sql("""
				INSERT INTO location_ping (delivery_id, rider_id, latitude, longitude, accuracy_meters, recorded_at,
				                           received_at)
				VALUES (:delivery, :rider, :lat, :lng, :accuracy, :recordedAt, :now)""")
			.param("delivery", deliveryId)
			.param("rider", riderId)
			.param("lat", point.latitude())
			.param("lng", point.longitude())
			.param("accuracy", accuracyMeters)
			.param("recordedAt", utc(recordedAt))
			.param("now", utc(now))
			.update();
	}

	/** Deletes up to {@code limit} pings received before {@code cutoff}; answers how many. */
	int deleteReceivedBefore(Instant cutoff, int limit) {
		return jdbc.sql("""
				DELETE FROM location_ping WHERE id IN (
				    SELECT id FROM location_ping WHERE received_at < :cutoff ORDER BY received_at LIMIT :limit)""")
			.param("cutoff", utc(cutoff))
			.param("limit", limit)
			.update();
	}
}
