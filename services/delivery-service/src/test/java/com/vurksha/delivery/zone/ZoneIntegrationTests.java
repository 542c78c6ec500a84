package com.vurksha.delivery.zone;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.delivery.support.DeliveryIntegrationTest;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class ZoneIntegrationTests extends DeliveryIntegrationTest {

	@Test
	void answersTheZoneWithItsFeesForAServedPincodeWithoutSignIn() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);

		Reply reply = api.get("/api/v1/delivery/serviceability?pincode=" + pincode);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("pincode").asString()).isEqualTo(pincode);
		assertThat(reply.data().get("serviceable").asBoolean()).isTrue();
		JsonNode zone = reply.data().get("zone");
		assertThat(zone.get("id").asString()).isEqualTo(zoneId);
		assertThat(zone.get("deliveryFee").asLong()).isEqualTo(3000);
		assertThat(zone.get("freeDeliveryThreshold").asLong()).isEqualTo(49900);
		assertThat(zone.get("minimumOrderValue").asLong()).isEqualTo(9900);
		assertThat(zone.get("currency").asString()).isEqualTo("INR");
	}

	@Test
	void answersNotServiceableForAPincodeNoZoneServes() {
		Reply reply = api.get("/api/v1/delivery/serviceability?pincode=" + freshPincode());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("serviceable").asBoolean()).isFalse();
		assertThat(reply.data().get("zone").isNull()).isTrue();
	}

	@Test
	void listsZonesWithTheirPincodesForOperators() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);

		Reply reply = api.get("/api/v1/admin/delivery/zones", admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data()).anySatisfy(zone -> {
			assertThat(zone.get("id").asString()).isEqualTo(zoneId);
			assertThat(zone.get("pincodes")).extracting(JsonNode::asString).containsExactly(pincode);
		});
	}

	@Test
	void addsPincodesToAZoneKeepingThoseItAlreadyServes() {
		String first = freshPincode();
		String second = freshPincode();
		String zoneId = zoneServing(first);

		Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/" + zoneId + "/pincodes", admin,
				object("pincodes", List.of(first, second)));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("pincodes")).extracting(JsonNode::asString).containsExactly(first, second);
		assertThat(api.get("/api/v1/delivery/serviceability?pincode=" + second).data().get("zone").get("id").asString())
			.isEqualTo(zoneId);
	}

	@Test
	void changesAZonesFeesKeepingWhatIsLeftOut() {
		String pincode = freshPincode();
		String zoneId = zoneServing(pincode);

		Reply reply = api.send(HttpMethod.PATCH, "/api/v1/admin/delivery/zones/" + zoneId, admin,
				object("deliveryFee", 4000, "hub", "Whitefield hub"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("hub").asString()).isEqualTo("Whitefield hub");
		JsonNode zone = api.get("/api/v1/delivery/serviceability?pincode=" + pincode).data().get("zone");
		assertThat(zone.get("deliveryFee").asLong()).isEqualTo(4000);
		assertThat(zone.get("freeDeliveryThreshold").asLong()).isEqualTo(49900);
	}

	@Nested
	class Refuses {

		@Test
		void aMalformedPincode() {
			for (String pincode : List.of("56001", "060001", "abcdef")) {
				Reply reply = api.get("/api/v1/delivery/serviceability?pincode=" + pincode);

				assertThat(reply.status()).isEqualTo(400);
				assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
				assertThat(reply.body().get("error").get("details").get(0).get("field").asString()).isEqualTo("pincode");
			}
		}

		@Test
		void aMissingPincode() {
			Reply reply = api.get("/api/v1/delivery/serviceability");

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void aPincodeAnotherZoneServes() {
			String pincode = freshPincode();
			zoneServing(pincode);
			String other = zoneServing(freshPincode());

			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/" + other + "/pincodes", admin,
					object("pincodes", List.of(pincode)));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("PINCODE_TAKEN");
		}

		@Test
		void aZoneNameInUse() {
			Reply first = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones", admin, object("name", "Hebbal "
					+ freshPincode(), "hub", "Hebbal hub", "deliveryFee", 4000, "freeDeliveryThreshold", 59900));
			Reply second = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones", admin,
					object("name", first.data().get("name").asString(), "hub", "Other", "deliveryFee", 0,
							"freeDeliveryThreshold", 0));

			assertThat(second.status()).isEqualTo(409);
			assertThat(second.errorCode()).isEqualTo("ZONE_NAME_TAKEN");
		}

		@Test
		void aZoneWithANegativeFeeOrABadPincode() {
			Reply negative = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones", admin,
					object("name", "Bad " + freshPincode(), "hub", "h", "deliveryFee", -1, "freeDeliveryThreshold", 0));
			Reply badPincode = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones", admin, object("name",
					"Bad " + freshPincode(), "hub", "h", "deliveryFee", 0, "freeDeliveryThreshold", 0, "pincodes",
					List.of("12")));

			assertThat(negative.status()).isEqualTo(400);
			assertThat(negative.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(badPincode.status()).isEqualTo(400);
			assertThat(badPincode.body().get("error").get("details").get(0).get("field").asString())
				.isEqualTo("pincodes[0]");
		}

		@Test
		void aNegativeFeeChangeOrAnUnknownZone() {
			String zoneId = zoneServing(freshPincode());

			Reply negative = api.send(HttpMethod.PATCH, "/api/v1/admin/delivery/zones/" + zoneId, admin,
					object("freeDeliveryThreshold", -5));
			Reply unknown = api.send(HttpMethod.PATCH, "/api/v1/admin/delivery/zones/nope", admin,
					object("deliveryFee", 100));

			assertThat(negative.status()).isEqualTo(400);
			assertThat(negative.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(unknown.errorCode()).isEqualTo("ZONE_NOT_FOUND");
		}

		@Test
		void pincodesForAnUnknownZone() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/delivery/zones/nope/pincodes", admin,
					object("pincodes", List.of(freshPincode())));

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("ZONE_NOT_FOUND");
		}

		@Test
		void zoneAdministrationToCustomersAndStrangers() {
			assertThat(api.get("/api/v1/admin/delivery/zones", customer).status()).isEqualTo(403);
			assertThat(api.get("/api/v1/admin/delivery/zones").status()).isEqualTo(401);
		}
	}
}
