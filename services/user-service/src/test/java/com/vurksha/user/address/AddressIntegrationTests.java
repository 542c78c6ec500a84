package com.vurksha.user.address;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.user.support.Api;
import com.vurksha.user.support.UserServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AddressIntegrationTests extends UserServiceIntegrationTest {

	private static final String ADDRESSES = "/api/v1/users/me/addresses";

	private static Map<String, Object> home() {
		return Api.object("label", "Home", "line1", "12, 4th Cross, Indiranagar", "line2", "2nd floor", "landmark",
				"Near CMH Hospital", "city", "Bengaluru", "state", "Karnataka", "pincode", "560038", "latitude", 12.9784,
				"longitude", 77.6408);
	}

	private static Map<String, Object> office() {
		return Api.object("label", "Office", "line1", "Prestige Tech Park, Outer Ring Road", "city", "Bengaluru",
				"state", "Karnataka", "pincode", "560103");
	}

	private Api.Reply add(String token, Object body) {
		return api.send(HttpMethod.POST, ADDRESSES, token, body);
	}

	@Test
	void makesTheFirstAddressTheDefault() {
		String token = signInNewCustomer().accessToken();
		Api.Reply created = add(token, home());

		assertThat(created.status()).isEqualTo(201);
		JsonNode address = created.data();
		assertThat(address.get("id").asString()).startsWith("adr_");
		assertThat(address.get("isDefault").asBoolean()).isTrue();
		assertThat(address.get("pincode").asString()).isEqualTo("560038");
		assertThat(address.get("latitude").asDouble()).isEqualTo(12.9784);
		assertThat(created.headers().getLocation().getPath()).isEqualTo(ADDRESSES + "/" + address.get("id").asString());
	}

	@Test
	void keepsExactlyOneDefaultWhenAnotherIsChosen() {
		String token = signInNewCustomer().accessToken();
		String first = add(token, home()).data().get("id").asString();
		Map<String, Object> office = office();
		office.put("isDefault", true);
		String second = add(token, office).data().get("id").asString();

		Api.Reply list = api.get(ADDRESSES, token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().get("pagination").get("total").asLong()).isEqualTo(2);
		assertThat(list.data().get(0).get("id").asString()).isEqualTo(second);
		assertThat(list.data().get(0).get("isDefault").asBoolean()).isTrue();
		assertThat(list.data().get(1).get("isDefault").asBoolean()).isFalse();

		api.send(HttpMethod.PATCH, ADDRESSES + "/" + first, token, Api.object("isDefault", true));
		assertThat(api.get(ADDRESSES + "/" + first, token).data().get("isDefault").asBoolean()).isTrue();
		assertThat(api.get(ADDRESSES + "/" + second, token).data().get("isDefault").asBoolean()).isFalse();
	}

	@Test
	void changesOnlyTheFieldsSent() {
		String token = signInNewCustomer().accessToken();
		String id = add(token, home()).data().get("id").asString();
		Api.Reply changed = api.send(HttpMethod.PATCH, ADDRESSES + "/" + id, token,
				Api.object("line2", "", "pincode", "560008"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.data().get("pincode").asString()).isEqualTo("560008");
		assertThat(changed.data().get("line2").isNull()).isTrue();
		assertThat(changed.data().get("line1").asString()).isEqualTo("12, 4th Cross, Indiranagar");
	}

	@Test
	void handsTheDefaultToTheNewestRemainingAddressOnDelete() {
		String token = signInNewCustomer().accessToken();
		String first = add(token, home()).data().get("id").asString();
		String second = add(token, office()).data().get("id").asString();

		assertThat(api.send(HttpMethod.DELETE, ADDRESSES + "/" + first, token, null).status()).isEqualTo(204);
		assertThat(api.get(ADDRESSES + "/" + first, token).errorCode()).isEqualTo("ADDRESS_NOT_FOUND");
		assertThat(api.get(ADDRESSES + "/" + second, token).data().get("isDefault").asBoolean()).isTrue();
	}

	@Test
	void pagesTheList() {
		String token = signInNewCustomer().accessToken();
		add(token, home());
		add(token, office());
		Api.Reply page = api.get(ADDRESSES + "?page=2&limit=1", token);

		assertThat(page.data()).hasSize(1);
		assertThat(page.body().get("pagination").get("hasMore").asBoolean()).isFalse();
		assertThat(api.get(ADDRESSES + "?limit=0", token).errorCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void refusesATwentyFirstAddress() {
		String token = signInNewCustomer().accessToken();
		for (int i = 0; i < 20; i++) {
			assertThat(add(token, office()).status()).isEqualTo(201);
		}
		Api.Reply reply = add(token, office());
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.errorCode()).isEqualTo("ADDRESS_LIMIT_REACHED");
	}

	@Nested
	class AnotherCustomersAddress {

		@Test
		void answers404ExactlyAsAMissingOne() {
			String owner = signInNewCustomer().accessToken();
			String id = add(owner, home()).data().get("id").asString();
			String stranger = signInNewCustomer().accessToken();

			for (Api.Reply reply : new Api.Reply[] { api.get(ADDRESSES + "/" + id, stranger),
					api.send(HttpMethod.PATCH, ADDRESSES + "/" + id, stranger, Api.object("label", "Mine")),
					api.send(HttpMethod.DELETE, ADDRESSES + "/" + id, stranger, null),
					api.get(ADDRESSES + "/adr_doesnotexist", stranger) }) {
				assertThat(reply.status()).isEqualTo(404);
				assertThat(reply.errorCode()).isEqualTo("ADDRESS_NOT_FOUND");
				assertThat(reply.error().get("message").asString()).isEqualTo("No such address");
			}
			assertThat(api.get(ADDRESSES, stranger).data()).isEmpty();
			assertThat(api.get(ADDRESSES + "/" + id, owner).data().get("label").asString()).isEqualTo("Home");
		}
	}

	@Nested
	class Rejects {

		@Test
		void aPincodeStartingWithZeroOrNotSixDigits() {
			String token = signInNewCustomer().accessToken();
			for (String pincode : new String[] { "060038", "56003", "5600381", "56OO38" }) {
				Map<String, Object> body = home();
				body.put("pincode", pincode);
				Api.Reply reply = add(token, body);
				assertThat(reply.status()).isEqualTo(400);
				assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
				assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("pincode");
			}
		}

		@Test
		void coordinatesOutOfRange() {
			String token = signInNewCustomer().accessToken();
			Map<String, Object> body = home();
			body.put("latitude", 91);
			body.put("longitude", -181);
			Api.Reply reply = add(token, body);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.error().get("details").findValuesAsString("field")).containsExactlyInAnyOrder("latitude",
					"longitude");
		}

		@Test
		void halfACoordinate() {
			String token = signInNewCustomer().accessToken();
			Map<String, Object> body = home();
			body.remove("longitude");
			Api.Reply reply = add(token, body);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("longitude");
		}

		@Test
		void missingRequiredFields() {
			String token = signInNewCustomer().accessToken();
			Api.Reply reply = add(token, Api.object("label", "Home"));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.error().get("details").findValuesAsString("field")).contains("line1", "city", "state",
					"pincode");
		}

		@Test
		void aWrongType() {
			String token = signInNewCustomer().accessToken();
			Map<String, Object> body = home();
			body.put("latitude", "north");
			Api.Reply reply = add(token, body);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("latitude");
		}

		@Test
		void unsettingTheDefaultDirectly() {
			String token = signInNewCustomer().accessToken();
			String id = add(token, home()).data().get("id").asString();
			Api.Reply reply = api.send(HttpMethod.PATCH, ADDRESSES + "/" + id, token, Api.object("isDefault", false));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("isDefault");
		}

		@Test
		void aBlankLineInAChange() {
			String token = signInNewCustomer().accessToken();
			String id = add(token, home()).data().get("id").asString();
			Api.Reply reply = api.send(HttpMethod.PATCH, ADDRESSES + "/" + id, token, Api.object("line1", "  "));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("line1");
		}

		@Test
		void callsWithoutToken() {
			Api.Reply reply = api.get(ADDRESSES, null);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}
	}
}
