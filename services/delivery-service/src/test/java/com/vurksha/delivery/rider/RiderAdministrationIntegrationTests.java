package com.vurksha.delivery.rider;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platform.events.Outbox;
import com.vurksha.platformtest.Api;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Operators set riders up; the user service's registrations bind them to accounts. */
class RiderAdministrationIntegrationTests extends DeliveryIntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	private String zoneId;

	@BeforeEach
	void zone() {
		zoneId = zoneServing(freshPincode());
	}

	private Map<String, Object> newRider(String phone) {
		return object("phone", phone, "name", "Ravi Kumar", "zoneId", zoneId, "shiftStart", "08:00", "shiftEnd",
				"20:00", "capacity", 5);
	}

	private Api.Reply create(Map<String, Object> body) {
		return api.send(HttpMethod.POST, "/api/v1/admin/riders", admin, body);
	}

	private void registered(String userId, String phone, String... roles) {
		transaction.executeWithoutResult(status -> outbox.append("user.user.registered", 1, "user", userId,
				object("userId", userId, "phone", phone, "roles", List.of(roles), "registeredAt", Instant.now())));
	}

	private String userOf(String riderId) {
		return jdbc.sql("SELECT user_id FROM rider WHERE id = :id").param("id", riderId).query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	void createsARiderUnboundUntilTheUserServiceRegistersThePhoneAsRider() {
		String phone = freshPhone();
		Api.Reply created = create(newRider(phone));
		String riderId = created.data().get("id").asString();
		String userId = "user-" + UUID.randomUUID();

		registered(userId, phone, "RIDER");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.data().get("userId").isNull()).isTrue();
		assertThat(created.data().get("capacity").asInt()).isEqualTo(5);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(userOf(riderId)).isEqualTo(userId));
	}

	@Test
	void bindsAtOnceARiderWhosePhoneWasAlreadyRegistered() {
		String phone = freshPhone();
		String userId = "user-" + UUID.randomUUID();
		registered(userId, phone, "RIDER");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM rider_account WHERE phone = :phone")
				.param("phone", phone)
				.query(Integer.class)
				.single()).isEqualTo(1));

		Api.Reply created = create(newRider(phone));

		assertThat(created.data().get("userId").asString()).isEqualTo(userId);
	}

	@Test
	void ignoresRegistrationsOfCustomers() {
		String phone = freshPhone();
		String riderId = create(newRider(phone)).data().get("id").asString();
		String marker = "user-" + UUID.randomUUID();
		registered("user-" + UUID.randomUUID(), phone, "CUSTOMER");
		registered(marker, freshPhone(), "RIDER");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM rider_account WHERE user_id = :user")
				.param("user", marker)
				.query(Integer.class)
				.single()).isEqualTo(1));
		assertThat(userOf(riderId)).isNull();
	}

	@Test
	void changesCapacityAndShiftKeepingTheRest() {
		String riderId = create(newRider(freshPhone())).data().get("id").asString();

		Api.Reply changed = api.send(HttpMethod.PATCH, "/api/v1/admin/riders/" + riderId, admin,
				object("capacity", 8, "shiftEnd", "22:00"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.data().get("capacity").asInt()).isEqualTo(8);
		assertThat(changed.data().get("shiftEnd").asString()).startsWith("22:00");
		assertThat(changed.data().get("name").asString()).isEqualTo("Ravi Kumar");
		assertThat(api.get("/api/v1/admin/riders?zoneId=" + zoneId, admin).data()).hasSize(1);
	}

	@Nested
	class Refusals {

		@Test
		void rejectsAPhoneThatIsNotE164India() {
			Api.Reply reply = create(newRider("9876543210"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsCapacityOutsideOneToTwenty() {
			Map<String, Object> none = newRider(freshPhone());
			none.put("capacity", 0);
			Map<String, Object> tooMany = newRider(freshPhone());
			tooMany.put("capacity", 21);

			assertThat(create(none).errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(create(tooMany).errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsAShiftEndingBeforeItStarts() {
			Map<String, Object> body = newRider(freshPhone());
			body.put("shiftEnd", "07:00");

			assertThat(create(body).errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsAnUnknownZone() {
			Map<String, Object> body = newRider(freshPhone());
			body.put("zoneId", "zone-nowhere");

			assertThat(create(body).errorCode()).isEqualTo("ZONE_NOT_FOUND");
		}

		@Test
		void rejectsAPhoneAnotherRiderHas() {
			String phone = freshPhone();
			create(newRider(phone));

			assertThat(create(newRider(phone)).errorCode()).isEqualTo("RIDER_PHONE_TAKEN");
		}

		@Test
		void isForOperatorsOnly() {
			assertThat(api.send(HttpMethod.POST, "/api/v1/admin/riders", customer, newRider(freshPhone())).status())
				.isEqualTo(403);
		}
	}
}
