package com.vurksha.delivery.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/** Assignment against the real database: the race between many assigners, timeouts and the operator's moves. */
class AssignmentIntegrationTests extends DeliveryIntegrationTest {

	@Autowired
	Assignments assignments;

	@Test
	void neverGivesADeliveryToTwoRidersNorARiderMoreThanCapacityUnderConcurrentAssignment() throws Exception {
		String zoneId = zoneServing(freshPincode());
		List<String> deliveries = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			deliveries.add(deliveryOf(packedOrder(zoneId, "customer-" + i)));
		}
		List<TestRider> riders = List.of(rider(zoneId, 3), rider(zoneId, 4), rider(zoneId, 5), rider(zoneId, 2));
		int places = 3 + 4 + 5 + 2;

		ExecutorService threads = Executors.newFixedThreadPool(12);
		List<Callable<Integer>> assigners = new ArrayList<>();
		for (int t = 0; t < 12; t++) {
			List<String> order = new ArrayList<>(deliveries);
			Collections.shuffle(order);
			assigners.add(() -> (int) order.stream().filter(id -> assignments.assign(id).isPresent()).count());
		}
		int successes = 0;
		for (Future<Integer> result : threads.invokeAll(assigners)) {
			successes += result.get();
		}
		threads.shutdown();

		// the periodic sweep may win some of the races too; what matters is the outcome below
		assertThat(successes).isLessThanOrEqualTo(places);
		assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE zone_id = :zone AND status = 'ASSIGNED'")
			.param("zone", zoneId)
			.query(Integer.class)
			.single()).isEqualTo(places);
		for (String deliveryId : deliveries) {
			int assignedEvents = outboxEvents(deliveryId, "delivery.delivery.assigned").size();
			assertThat(assignedEvents).as("assignments of %s", deliveryId).isLessThanOrEqualTo(1);
			assertThat(assignedEvents).isEqualTo(riderOf(deliveryId) != null ? 1 : 0);
		}
		for (TestRider rider : riders) {
			int held = jdbc.sql("SELECT count(*) FROM delivery WHERE rider_id = :rider AND status = 'ASSIGNED'")
				.param("rider", rider.id())
				.query(Integer.class)
				.single();
			int capacity = jdbc.sql("SELECT capacity FROM rider WHERE id = :id").param("id", rider.id())
				.query(Integer.class)
				.single();
			assertThat(held).isEqualTo(capacity).isEqualTo(openCount(rider.id()));
		}
	}

	@Autowired
	com.vurksha.delivery.fulfilment.Deliveries deliveries;

	@Autowired
	AssignmentProperties properties;

	@Test
	void sweepsWaitingDeliveriesToRidersWhoBecameFree() {
		String zoneId = zoneServing(freshPincode());
		String waiting = deliveryOf(packedOrder(zoneId, "customer-1"));
		assertThat(deliveryStatus(waiting)).isEqualTo("UNASSIGNED");
		TestRider rider = rider(zoneId, 5);

		AssignmentSweep.sweep(deliveries, assignments, properties, java.time.Clock.systemUTC());

		assertThat(riderOf(waiting)).isEqualTo(rider.id());
	}

	@Test
	void aFullBatchOfDeliveriesNoRiderCanTakeDoesNotHoldBackANewerOne() {
		String riderless = zoneServing(freshPincode());
		deliveryOf(packedOrder(riderless, "customer-1"));
		deliveryOf(packedOrder(riderless, "customer-2"));
		String zoneId = zoneServing(freshPincode());
		String waiting = deliveryOf(packedOrder(zoneId, "customer-3"));
		TestRider rider = rider(zoneId, 5);
		AssignmentProperties smallBatch = new AssignmentProperties(properties.acceptTimeout(),
				properties.sweepInterval(), 2);
		int queued = jdbc.sql("SELECT count(*) FROM delivery WHERE status = 'UNASSIGNED'").query(Integer.class)
			.single();

		// every sweep takes the two first in line; enough sweeps to go once through the whole queue, and then some
		for (int sweep = 0; sweep < queued / 2 + 2 && riderOf(waiting) == null; sweep++) {
			AssignmentSweep.sweep(deliveries, assignments, smallBatch, java.time.Clock.systemUTC());
		}

		assertThat(riderOf(waiting)).isEqualTo(rider.id());
	}

	@Test
	void prefersTheLeastLoadedRider() {
		String zoneId = zoneServing(freshPincode());
		TestRider busy = rider(zoneId, 5);
		String first = deliveryOf(packedOrder(zoneId, "customer-1"));
		TestRider idle = rider(zoneId, 5);

		String second = deliveryOf(packedOrder(zoneId, "customer-2"));

		assertThat(riderOf(first)).isEqualTo(busy.id());
		assertThat(riderOf(second)).isEqualTo(idle.id());
	}

	@Test
	void leavesADeliveryWaitingWhenNoRiderIsFreeAndAssignsItWhenOneIs() {
		String zoneId = zoneServing(freshPincode());
		TestRider rider = rider(zoneId, 1);
		String taken = deliveryOf(packedOrder(zoneId, "customer-1"));
		String waiting = deliveryOf(packedOrder(zoneId, "customer-2"));
		assertThat(riderOf(taken)).isEqualTo(rider.id());
		assertThat(deliveryStatus(waiting)).isEqualTo("UNASSIGNED");

		api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + taken + "/reject", rider.token(), null);
		assignments.assign(waiting);

		assertThat(riderOf(waiting)).isEqualTo(rider.id());
		assertThat(deliveryStatus(taken)).isEqualTo("UNASSIGNED");
	}

	@Test
	void takesBackADeliveryNotAcceptedInTimeAndOffersItToAnotherRider() {
		String zoneId = zoneServing(freshPincode());
		TestRider slow = rider(zoneId, 5);
		String deliveryId = deliveryOf(packedOrder(zoneId, "customer-1"));
		TestRider other = rider(zoneId, 5);

		boolean takenBack = assignments.takeBackUnaccepted(deliveryId, Instant.now().plusSeconds(1));

		assertThat(takenBack).isTrue();
		assertThat(riderOf(deliveryId)).isEqualTo(other.id());
		assertThat(openCount(slow.id())).isZero();
		assertThat(assignments.takeBackUnaccepted(deliveryId, Instant.now().minusSeconds(60))).isFalse();
	}

	@Test
	void letsAnOperatorMoveADeliveryToANamedRiderOrLetTheRulePick() {
		String zoneId = zoneServing(freshPincode());
		TestRider first = rider(zoneId, 5);
		String deliveryId = deliveryOf(packedOrder(zoneId, "customer-1"));
		TestRider named = rider(zoneId, 5);
		TestRider third = rider(zoneId, 5);

		Api.Reply toNamed = reassign(deliveryId, object("riderId", named.id()));
		Api.Reply automatic = reassign(deliveryId, null);

		assertThat(toNamed.status()).isEqualTo(200);
		assertThat(toNamed.data().get("riderId").asString()).isEqualTo(named.id());
		assertThat(automatic.data().get("riderId").asString()).isIn(first.id(), third.id());
		assertThat(openCount(named.id())).isZero();
		assertThat(reassign(deliveryId, object("riderId", "rider-missing")).errorCode()).isEqualTo("RIDER_NOT_FOUND");
	}

	@Test
	void refusesARiderIdLongerThanSixtyFourCharacters() {
		String zoneId = zoneServing(freshPincode());
		TestRider rider = rider(zoneId, 5);
		String deliveryId = deliveryOf(packedOrder(zoneId, "customer-1"));

		Api.Reply reply = reassign(deliveryId, object("riderId", "r".repeat(65)));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(riderOf(deliveryId)).isEqualTo(rider.id());
	}

	@Test
	void refusesToMoveAPickedUpDelivery() {
		String zoneId = zoneServing(freshPincode());
		TestRider rider = rider(zoneId, 5);
		String deliveryId = deliveryOf(packedOrder(zoneId, "customer-" + UUID.randomUUID()));
		api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/accept", rider.token(), null);
		api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/pickup", rider.token(), null);

		Api.Reply reply = reassign(deliveryId, null);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.errorCode()).isEqualTo("DELIVERY_STATE_CONFLICT");
	}

	private Api.Reply reassign(String deliveryId, Map<String, Object> body) {
		return api.send(HttpMethod.POST, "/api/v1/admin/deliveries/" + deliveryId + "/reassign", admin, body);
	}
}
