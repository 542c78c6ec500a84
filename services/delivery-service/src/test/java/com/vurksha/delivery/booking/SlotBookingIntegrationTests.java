package com.vurksha.delivery.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platform.jobs.PeriodicJob;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class SlotBookingIntegrationTests extends DeliveryIntegrationTest {

	@Autowired
	@Qualifier("heldBookingExpiryJob")
	PeriodicJob heldBookingExpiry;

	String pincode;

	String zoneId;

	@BeforeEach
	void zone() {
		pincode = freshPincode();
		zoneId = zoneServing(pincode);
	}

	private static String orderId() {
		return "order-" + UUID.randomUUID();
	}

	private Reply release(String bookingId) {
		return api.send(HttpMethod.POST, "/internal/v1/slot-bookings/" + bookingId + "/release", orderService, null);
	}

	private Reply confirm(String bookingId) {
		return api.send(HttpMethod.POST, "/internal/v1/slot-bookings/" + bookingId + "/confirm", orderService, null);
	}

	private String status(String bookingId) {
		return jdbc.sql("SELECT status FROM slot_booking WHERE booking_id = :id")
			.param("id", bookingId)
			.query(String.class)
			.single();
	}

	@Test
	void holdsAPlaceAndAnswersTheWindowAndTheZonesFees() {
		String slotId = openSlot(zoneId, 5);
		String orderId = orderId();

		Reply reply = book(orderId, slotId, pincode);

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.data().get("bookingId").asString()).isEqualTo(orderId);
		assertThat(reply.data().get("slotId").asString()).isEqualTo(slotId);
		assertThat(reply.data().get("zoneId").asString()).isEqualTo(zoneId);
		assertThat(reply.data().get("deliveryFee").asLong()).isEqualTo(3000);
		assertThat(reply.data().get("freeDeliveryThreshold").asLong()).isEqualTo(49900);
		assertThat(reply.data().get("minimumOrderValue").asLong()).isEqualTo(9900);
		assertThat(reply.data().get("status").asString()).isEqualTo("HELD");
		assertThat(reply.data().get("start").asString()).isNotBlank();
		assertThat(Instant.parse(reply.data().get("heldUntil").asString())).isAfter(Instant.now());
		assertThat(booked(slotId)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outbox WHERE aggregate_id = :id AND type = "
				+ "'delivery.slot-booking.held'").param("id", orderId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRepeatedBookingAnswersTheSameBookingAndTakesNoSecondPlace() {
		String slotId = openSlot(zoneId, 5);
		String orderId = orderId();
		book(orderId, slotId, pincode);

		Reply again = book(orderId, slotId, pincode);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.data().get("bookingId").asString()).isEqualTo(orderId);
		assertThat(again.data().get("status").asString()).isEqualTo("HELD");
		assertThat(booked(slotId)).isEqualTo(1);
	}

	@Test
	void neverBooksPastCapacityUnderConcurrency() throws Exception {
		String slotId = openSlot(zoneId, 5);
		int buyers = 30;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Reply>> replies = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		List<Reply> answers = new ArrayList<>();
		try {
			for (int i = 0; i < buyers; i++) {
				String orderId = orderId();
				Callable<Reply> buyer = () -> {
					start.await();
					return book(orderId, slotId, pincode);
				};
				replies.add(pool.submit(buyer));
			}
			start.countDown();
			for (Future<Reply> reply : replies) {
				answers.add(reply.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(answers).filteredOn(reply -> reply.status() == 201).hasSize(5);
		assertThat(answers).filteredOn(reply -> reply.status() != 201).hasSize(25).allSatisfy(reply -> {
			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("SLOT_FULL");
		});
		assertThat(booked(slotId)).isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM slot_booking WHERE slot_id = :slot AND status = 'HELD'")
			.param("slot", slotId)
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	@Test
	void releaseFreesThePlaceOnceHoweverOftenItIsAsked() {
		String slotId = openSlot(zoneId, 1);
		String orderId = orderId();
		book(orderId, slotId, pincode);
		assertThat(book(orderId(), slotId, pincode).errorCode()).isEqualTo("SLOT_FULL");

		Reply first = release(orderId);
		Reply second = release(orderId);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.data().get("status").asString()).isEqualTo("RELEASED");
		assertThat(second.status()).isEqualTo(200);
		assertThat(booked(slotId)).isZero();
		assertThat(book(orderId(), slotId, pincode).status()).isEqualTo(201);
	}

	@Test
	void releasingABookingNeverMadeRefusesItsLateArrival() {
		String slotId = openSlot(zoneId, 3);
		String orderId = orderId();

		Reply released = release(orderId);
		Reply late = book(orderId, slotId, pincode);

		assertThat(released.status()).isEqualTo(200);
		assertThat(released.data().get("status").asString()).isEqualTo("RELEASED");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.errorCode()).isEqualTo("BOOKING_RELEASED");
		assertThat(booked(slotId)).isZero();
	}

	@Test
	void confirmingKeepsThePlaceAndStopsItExpiring() {
		String slotId = openSlot(zoneId, 3);
		String orderId = orderId();
		book(orderId, slotId, pincode);
		jdbc.sql("UPDATE slot_booking SET held_until = now() - interval '1 minute' WHERE booking_id = :id")
			.param("id", orderId)
			.update();

		Reply confirmed = confirm(orderId);
		Reply again = confirm(orderId);
		heldBookingExpiry.runOnce();

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.data().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(confirmed.data().get("heldUntil").isNull()).isTrue();
		assertThat(again.status()).isEqualTo(200);
		assertThat(status(orderId)).isEqualTo("CONFIRMED");
		assertThat(booked(slotId)).isEqualTo(1);
	}

	@Test
	void theExpiryJobReleasesHoldsPastTheirTimeAndLeavesOthers() {
		String slotId = openSlot(zoneId, 3);
		String expired = orderId();
		String fresh = orderId();
		book(expired, slotId, pincode);
		book(fresh, slotId, pincode);
		jdbc.sql("UPDATE slot_booking SET held_until = now() - interval '1 minute' WHERE booking_id = :id")
			.param("id", expired)
			.update();

		heldBookingExpiry.runOnce();

		assertThat(status(expired)).isEqualTo("RELEASED");
		assertThat(status(fresh)).isEqualTo("HELD");
		assertThat(booked(slotId)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT release_reason FROM slot_booking WHERE booking_id = :id")
			.param("id", expired)
			.query(String.class)
			.single()).isEqualTo("HOLD_EXPIRED");
		assertThat(confirm(expired).errorCode()).isEqualTo("BOOKING_RELEASED");
	}

	@Nested
	class Refuses {

		@Test
		void aFullSlot() {
			String slotId = openSlot(zoneId, 1);
			book(orderId(), slotId, pincode);

			Reply reply = book(orderId(), slotId, pincode);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("SLOT_FULL");
			assertThat(booked(slotId)).isEqualTo(1);
		}

		@Test
		void aSlotPastItsCutoffAndWritesNothing() {
			String slotId = slot(zoneId, Instant.now().plus(Duration.ofMinutes(30)), 5, 60);
			String orderId = orderId();

			Reply reply = book(orderId, slotId, pincode);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("SLOT_CLOSED");
			assertThat(booked(slotId)).isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM slot_booking WHERE booking_id = :id")
				.param("id", orderId)
				.query(Integer.class)
				.single()).isZero();
		}

		@Test
		void aSlotOfAnotherZone() {
			String otherPincode = freshPincode();
			zoneServing(otherPincode);

			Reply reply = book(orderId(), openSlot(zoneId, 5), otherPincode);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("SLOT_NOT_IN_ZONE");
		}

		@Test
		void aPincodeNoZoneServes() {
			Reply reply = book(orderId(), openSlot(zoneId, 5), freshPincode());

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("SLOT_NOT_IN_ZONE");
		}

		@Test
		void anUnknownSlot() {
			Reply reply = book(orderId(), "slot-nope", pincode);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("SLOT_NOT_FOUND");
		}

		@Test
		void theSameBookingIdForAnotherSlot() {
			String orderId = orderId();
			book(orderId, openSlot(zoneId, 5), pincode);
			String other = openSlot(zoneId, 5);

			Reply reply = book(orderId, other, pincode);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("BOOKING_CONFLICT");
			assertThat(booked(other)).isZero();
		}

		@Test
		void malformedRequests() {
			Reply badPincode = book(orderId(), openSlot(zoneId, 5), "12345");
			Reply missing = api.send(HttpMethod.POST, "/internal/v1/slot-bookings", orderService, object("slotId", "x"));
			Reply notJson = api.send(HttpMethod.POST, "/internal/v1/slot-bookings", orderService, "{not json");

			assertThat(badPincode.status()).isEqualTo(400);
			assertThat(badPincode.body().get("error").get("details").get(0).get("field").asString())
				.isEqualTo("pincode");
			assertThat(missing.status()).isEqualTo(400);
			assertThat(missing.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(notJson.status()).isEqualTo(400);
			assertThat(notJson.errorCode()).isEqualTo("MALFORMED_REQUEST");
		}

		@Test
		void toConfirmAnUnknownBooking() {
			Reply reply = confirm(orderId());

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("BOOKING_NOT_FOUND");
		}

		@Test
		void callersWithoutAToken() {
			Reply reply = api.send(HttpMethod.POST, "/internal/v1/slot-bookings", null,
					object("bookingId", orderId(), "slotId", openSlot(zoneId, 5), "pincode", pincode));

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}
	}
}
