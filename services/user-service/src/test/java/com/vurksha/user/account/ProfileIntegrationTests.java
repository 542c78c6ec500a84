package com.vurksha.user.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.user.support.Api;
import com.vurksha.user.support.UserServiceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIntegrationTests extends UserServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ME = "/api/v1/users/me";

	@Test
	void showsTheProfileOfTheSignedInUser() {
		Session session = signInNewCustomer();
		Api.Reply me = api.get(ME, session.accessToken());

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.data().get("id").asString()).isEqualTo(session.userId());
		assertThat(me.data().get("phone").asString()).startsWith("+91");
		assertThat(me.data().get("name").isNull()).isTrue();
		assertThat(me.data().get("preferredLanguage").asString()).isEqualTo("en");
		assertThat(me.data().get("roles").get(0).asString()).isEqualTo("CUSTOMER");
		assertThat(me.body().get("meta").get("requestId").asString()).isNotBlank();
	}

	@Test
	void changesOnlyTheFieldsSent() {
		Session session = signInNewCustomer();
		api.send(HttpMethod.PATCH, ME, session.accessToken(),
				Api.object("name", "  Asha Rao ", "email", "Asha@Example.in"));
		Api.Reply changed = api.send(HttpMethod.PATCH, ME, session.accessToken(),
				Api.object("preferredLanguage", "hi"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.data().get("name").asString()).isEqualTo("Asha Rao");
		assertThat(changed.data().get("email").asString()).isEqualTo("asha@example.in");
		assertThat(changed.data().get("preferredLanguage").asString()).isEqualTo("hi");
		assertThat(api.get(ME, session.accessToken()).data().get("name").asString()).isEqualTo("Asha Rao");
	}

	@Test
	void announcesEveryChangeWithTheWholeProfile() {
		Session session = signInNewCustomer();
		api.send(HttpMethod.PATCH, ME, session.accessToken(), Api.object("name", "Asha Rao"));
		api.send(HttpMethod.PATCH, ME, session.accessToken(), Api.object("preferredLanguage", "hi"));

		List<JsonNode> announced = profileUpdates(session.userId());
		assertThat(announced).hasSize(2);
		assertThat(announced.get(0).get("name").asString()).isEqualTo("Asha Rao");
		assertThat(announced.get(0).get("preferredLanguage").asString()).isEqualTo("en");
		JsonNode latest = announced.get(1);
		assertThat(latest.get("userId").asString()).isEqualTo(session.userId());
		assertThat(latest.get("phone").asString()).startsWith("+91");
		assertThat(latest.get("name").asString()).isEqualTo("Asha Rao");
		assertThat(latest.get("email").isNull()).isTrue();
		assertThat(latest.get("preferredLanguage").asString()).isEqualTo("hi");
		Instant firstAt = Instant.parse(announced.get(0).get("updatedAt").asString());
		Instant latestAt = Instant.parse(latest.get("updatedAt").asString());
		assertThat(latestAt).isAfterOrEqualTo(firstAt);
		assertThat(latestAt).isEqualTo(Instant.parse(
				api.get(ME, session.accessToken()).data().get("updatedAt").asString()));
	}

	@Test
	void doesNotAnnounceAChangeThatLeavesTheProfileAsItWas() {
		Session session = signInNewCustomer();
		api.send(HttpMethod.PATCH, ME, session.accessToken(), Api.object("name", "Asha Rao"));
		Api.Reply same = api.send(HttpMethod.PATCH, ME, session.accessToken(),
				Api.object("name", " Asha Rao ", "preferredLanguage", "en"));

		assertThat(same.status()).isEqualTo(200);
		assertThat(profileUpdates(session.userId())).hasSize(1);
	}

	private List<JsonNode> profileUpdates(String userId) {
		return jdbc.sql("""
				SELECT payload::text FROM platform.outbox
				WHERE type = 'user.user.profile-updated' AND aggregate_type = 'user' AND aggregate_id = :id
				ORDER BY seq""").param("id", userId).query(String.class).list().stream().map(JSON::readTree).toList();
	}

	@Test
	void signsATestNumberInWithItsConfiguredRole() {
		Api.Reply reply = verifyOtp(TEST_CUSTOMER, TEST_CODE);
		String token = reply.data().get("accessToken").asString();
		assertThat(api.get(ME, token).data().get("phone").asString()).isEqualTo(TEST_CUSTOMER);
	}

	@Nested
	class Rejects {

		@Test
		void anInvalidEmail() {
			assertField(Api.object("email", "asha@"), "email");
		}

		@Test
		void aNameOver80Characters() {
			assertField(Api.object("name", "a".repeat(81)), "name");
		}

		@Test
		void aBlankName() {
			assertField(Api.object("name", "   "), "name");
		}

		@Test
		void aLanguageWeDoNotSpeak() {
			assertField(Api.object("preferredLanguage", "fr"), "preferredLanguage");
		}

		@Test
		void anUnknownField() {
			assertField(Api.object("nickname", "A"), "nickname");
		}

		@Test
		void malformedJson() {
			Api.Reply reply = api.send(HttpMethod.PATCH, ME, signInNewCustomer().accessToken(), "{\"name\":");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
		}

		@Test
		void aTokenSignedByAnotherKey() {
			String forged = "eyJraWQiOiJ4IiwiYWxnIjoiRVMyNTYifQ.eyJzdWIiOiJ1c3JfeCJ9.c2lnbmF0dXJl";
			Api.Reply reply = api.get(ME, forged);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}

		private void assertField(Object body, String field) {
			Api.Reply reply = api.send(HttpMethod.PATCH, ME, signInNewCustomer().accessToken(), body);
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo(field);
		}
	}
}
