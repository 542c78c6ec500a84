package com.vurksha.delivery.location;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.vurksha.delivery.support.DeliveryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Pings are kept for their retention and no longer. */
class PingRetentionIntegrationTests extends DeliveryIntegrationTest {

	@Autowired
	LocationPings pings;

	@Autowired
	LocationProperties properties;

	private void ping(String deliveryId, Instant receivedAt) {
		pings.record(deliveryId, "rider-1", new GeoPoint(12.97, 77.6), 5.0, receivedAt, receivedAt);
	}

	private int pingsOf(String deliveryId) {
		return jdbc.sql("SELECT count(*) FROM location_ping WHERE delivery_id = :id").param("id", deliveryId)
			.query(Integer.class)
			.single();
	}

	@Test
	void deletesPingsOlderThanTheRetentionAndKeepsYoungerOnes() {
		String deliveryId = deliveryOf(packedOrder(zoneServing(freshPincode()), "customer-" + UUID.randomUUID()));
		Instant now = Instant.now();
		for (int i = 0; i < 3; i++) {
			ping(deliveryId, now.minus(Duration.ofDays(8)).plusSeconds(i));
		}
		ping(deliveryId, now.minus(Duration.ofDays(6)));

		int deleted = PingRetention.purge(pings, properties, Clock.fixed(now, ZoneOffset.UTC));

		assertThat(deleted).isGreaterThanOrEqualTo(3);
		assertThat(pingsOf(deliveryId)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT received_at FROM location_ping WHERE delivery_id = :id").param("id", deliveryId)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isAfter(now.minus(properties.retention()));
	}
}
