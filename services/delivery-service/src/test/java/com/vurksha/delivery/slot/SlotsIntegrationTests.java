package com.vurksha.delivery.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platform.jobs.PeriodicJob;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class SlotsIntegrationTests extends DeliveryIntegrationTest {

	@Autowired
	@Qualifier("slotGenerationJob")
	PeriodicJob slotGeneration;

	private static LocalDate tomorrow() {
		return LocalDate.now(KOLKATA).plusDays(1);
	}

	private Reply addTemplate(String zoneId, LocalDate day, String start, String end, int capacity) {
		return api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/" + zoneId + "/templates", admin,
				object("weekday", day.getDayOfWeek().name(), "start", start, "end", end, "capacity", capacity,
						"cutoffMinutes", 60));
	}

	private Reply slots(String pincode, Object date) {
		return api.get("/api/v1/delivery/slots?pincode=" + pincode + "&date=" + date);
	}

	@Test
	void aNewTemplateOffersItsSlotsAtOnceInKolkataTime() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);
		assertThat(addTemplate(zoneId, tomorrow(), "17:00", "19:00", 25).status()).isEqualTo(201);
		assertThat(addTemplate(zoneId, tomorrow(), "07:00", "09:00", 40).status()).isEqualTo(201);

		Reply reply = slots(pincode, tomorrow());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).hasSize(2);
		JsonNode morning = reply.data().get(0);
		assertThat(Instant.parse(morning.get("start").asString()))
			.isEqualTo(ZonedDateTime.of(tomorrow().atTime(7, 0), KOLKATA).toInstant());
		assertThat(Instant.parse(morning.get("end").asString()))
			.isEqualTo(ZonedDateTime.of(tomorrow().atTime(9, 0), KOLKATA).toInstant());
		assertThat(morning.get("capacity").asInt()).isEqualTo(40);
		assertThat(morning.get("remaining").asInt()).isEqualTo(40);
		assertThat(morning.get("available").asBoolean()).isTrue();
		assertThat(reply.data().get(1).get("capacity").asInt()).isEqualTo(25);
	}

	@Test
	void generatesSevenDaysAheadOnceAndTheJobAddsNoDuplicates() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);
		LocalDate today = LocalDate.now(KOLKATA);
		for (int offset = 0; offset < 7; offset++) {
			addTemplate(zoneId, today.plusDays(offset), "21:00", "22:00", 10);
		}

		slotGeneration.runOnce();
		slotGeneration.runOnce();

		assertThat(jdbc.sql("SELECT delivery_date FROM slot WHERE zone_id = :zone ORDER BY delivery_date")
			.param("zone", zoneId)
			.query(LocalDate.class)
			.list()).containsExactly(today, today.plusDays(1), today.plusDays(2), today.plusDays(3), today.plusDays(4),
					today.plusDays(5), today.plusDays(6));
		assertThat(slots(pincode, today.plusDays(7)).data()).isEmpty();
	}

	@Test
	void showsRemainingPlacesAndMarksFullOrClosedSlotsUnavailable() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);
		Instant tomorrowMorning = ZonedDateTime.of(tomorrow().atTime(10, 0), KOLKATA).toInstant();
		String full = slot(zoneId, tomorrowMorning, 1, 60);
		String withRoom = slot(zoneId, tomorrowMorning.plus(Duration.ofHours(2)), 3, 60);
		String closed = slot(zoneId, tomorrowMorning.plus(Duration.ofHours(4)), 3, 60 * 48);
		assertThat(book("order-" + full, full, pincode).status()).isEqualTo(201);
		assertThat(book("order-" + withRoom, withRoom, pincode).status()).isEqualTo(201);

		JsonNode listed = slots(pincode, tomorrow()).data();

		assertThat(listed).extracting(slot -> slot.get("id").asString()).containsExactly(full, withRoom, closed);
		assertThat(listed).extracting(slot -> slot.get("remaining").asInt()).containsExactly(0, 2, 3);
		assertThat(listed).extracting(slot -> slot.get("available").asBoolean()).containsExactly(false, true, false);
	}

	@Test
	void listsTemplatesOfAZoneForOperators() {
		String zoneId = zoneServing(freshPincode());
		addTemplate(zoneId, tomorrow(), "09:00", "11:00", 30);

		Reply reply = api.get("/api/v1/admin/delivery/zones/" + zoneId + "/templates", admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).singleElement().satisfies(template -> {
			assertThat(template.get("weekday").asString()).isEqualTo(tomorrow().getDayOfWeek().name());
			assertThat(template.get("capacity").asInt()).isEqualTo(30);
			assertThat(template.get("cutoffMinutes").asInt()).isEqualTo(60);
		});
	}

	@Test
	void showsOperatorsHowFullEachSlotIsAndWhenBookingCloses() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);
		Instant start = ZonedDateTime.of(tomorrow().atTime(9, 0), KOLKATA).toInstant();
		String slotId = slot(zoneId, start, 4, 120);
		book("order-" + slotId, slotId, pincode);

		Reply reply = api.get("/api/v1/admin/delivery/zones/" + zoneId + "/slots?date=" + tomorrow(), admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).singleElement().satisfies(slot -> {
			assertThat(slot.get("booked").asInt()).isEqualTo(1);
			assertThat(slot.get("remaining").asInt()).isEqualTo(3);
			assertThat(Instant.parse(slot.get("bookingClosesAt").asString())).isEqualTo(start.minus(Duration.ofHours(2)));
		});
	}

	@Nested
	class Refuses {

		@Test
		void aMalformedDate() {
			String pincode = freshPincode();
			zoneServing(pincode);

			for (String date : new String[] { "2026-13-01", "tomorrow", "25-11-2026" }) {
				Reply reply = slots(pincode, date);

				assertThat(reply.status()).isEqualTo(400);
				assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
				assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("date");
			}
		}

		@Test
		void aPastDate() {
			String pincode = freshPincode();
			zoneServing(pincode);

			Reply reply = slots(pincode, LocalDate.now(KOLKATA).minusDays(1));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("date");
		}

		@Test
		void aMalformedPincode() {
			Reply reply = slots("5600", tomorrow());

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("pincode");
		}

		@Test
		void aPincodeNoZoneServes() {
			Reply reply = slots(freshPincode(), tomorrow());

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("PINCODE_NOT_SERVICEABLE");
		}

		@Test
		void aTemplateThatEndsBeforeItStarts() {
			Reply reply = addTemplate(zoneServing(freshPincode()), tomorrow(), "11:00", "09:00", 10);

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("end");
		}

		@Test
		void aTemplateOverlappingAnother() {
			String zoneId = zoneServing(freshPincode());
			addTemplate(zoneId, tomorrow(), "09:00", "11:00", 10);

			Reply reply = addTemplate(zoneId, tomorrow(), "10:00", "12:00", 10);

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("TEMPLATE_OVERLAPS");
		}

		@Test
		void aTemplateWithBadFields() {
			String zoneId = zoneServing(freshPincode());

			Reply badTime = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/" + zoneId + "/templates", admin,
					object("weekday", "MONDAY", "start", "7am", "end", "09:00", "capacity", 1, "cutoffMinutes", 0));
			Reply noCapacity = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/" + zoneId + "/templates",
					admin, object("weekday", "MONDAY", "start", "07:00", "end", "09:00", "capacity", 0,
							"cutoffMinutes", 0));

			assertThat(badTime.status()).isEqualTo(400);
			assertThat(noCapacity.status()).isEqualTo(400);
			assertThat(noCapacity.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void anAdminSlotListWithABadDateOrUnknownZone() {
			String zoneId = zoneServing(freshPincode());

			Reply badDate = api.get("/api/v1/admin/delivery/zones/" + zoneId + "/slots?date=2026-02-30", admin);
			Reply unknown = api.get("/api/v1/admin/delivery/zones/nope/slots?date=" + tomorrow(), admin);

			assertThat(badDate.status()).isEqualTo(400);
			assertThat(badDate.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(unknown.errorCode()).isEqualTo("ZONE_NOT_FOUND");
		}

		@Test
		void aTemplateForAnUnknownZone() {
			Reply reply = addTemplate("nope", tomorrow(), "09:00", "11:00", 10);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ZONE_NOT_FOUND");
		}
	}
}
