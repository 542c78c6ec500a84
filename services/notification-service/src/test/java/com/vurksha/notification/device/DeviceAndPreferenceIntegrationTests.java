package com.vurksha.notification.device;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.notification.support.NotificationIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/** The app's device registration and notification settings over real HTTP. */
class DeviceAndPreferenceIntegrationTests extends NotificationIntegrationTest {

	private static final String DEVICES = "/api/v1/users/me/devices";

	private static final String PREFERENCES = "/api/v1/users/me/notification-preferences";

	@Autowired
	Devices devices;

	@Test
	void registersADeviceOnceAndMovesItToTheUserSignedInNow() {
		String first = newUserId();
		String second = newUserId();
		String token = "fcm-token-" + first;

		Api.Reply created = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(first),
				object("token", token, "platform", "ANDROID"));
		Api.Reply repeated = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(first),
				object("token", token, "platform", "ANDROID"));
		Api.Reply moved = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(second),
				object("token", token, "platform", "IOS"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.data().get("token").asString()).isEqualTo(token);
		assertThat(repeated.status()).isEqualTo(200);
		assertThat(moved.status()).isEqualTo(201);
		assertThat(devices.tokensOf(first)).isEmpty();
		assertThat(devices.tokensOf(second)).containsExactly(token);
	}

	@Test
	void removesOnlyMyOwnDevice() {
		String owner = newUserId();
		String token = "fcm-token-" + owner;
		api.send(HttpMethod.POST, DEVICES, TestTokens.customer(owner), object("token", token, "platform", "WEB"));

		Api.Reply stranger = api.send(HttpMethod.DELETE, DEVICES + "/" + token, TestTokens.customer(newUserId()), null);
		assertThat(stranger.status()).isEqualTo(204);
		assertThat(devices.tokensOf(owner)).containsExactly(token);

		Api.Reply mine = api.send(HttpMethod.DELETE, DEVICES + "/" + token, TestTokens.customer(owner), null);
		assertThat(mine.status()).isEqualTo(204);
		assertThat(devices.tokensOf(owner)).isEmpty();
	}

	@Test
	void preferencesStartAllOnAndKeepWhatIChoose() {
		String token = TestTokens.customer(newUserId());

		Api.Reply initial = api.get(PREFERENCES, token);
		Api.Reply saved = api.send(HttpMethod.PUT, PREFERENCES, token, object("push", true, "sms", false, "email", false));
		Api.Reply after = api.get(PREFERENCES, token);

		assertThat(initial.data().toString()).isEqualTo("{\"push\":true,\"sms\":true,\"email\":true}");
		assertThat(saved.status()).isEqualTo(200);
		assertThat(after.data().toString()).isEqualTo("{\"push\":true,\"sms\":false,\"email\":false}");
	}

	@Nested
	class Refusals {

		@Test
		void rejectsAnUnknownPlatform() {
			Api.Reply reply = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(newUserId()),
					object("token", "t", "platform", "SYMBIAN"));

			assertThat(reply.status()).isEqualTo(400);
		}

		@Test
		void rejectsABlankToken() {
			Api.Reply reply = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(newUserId()),
					object("token", " ", "platform", "IOS"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsATokenTooLongToIndex() {
			Api.Reply reply = api.send(HttpMethod.POST, DEVICES, TestTokens.customer(newUserId()),
					object("token", "t".repeat(2000), "platform", "ANDROID"));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void rejectsPreferencesMissingAChannel() {
			Api.Reply reply = api.send(HttpMethod.PUT, PREFERENCES, TestTokens.customer(newUserId()),
					object("push", true, "sms", false));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void refusesDevicesWithoutAToken() {
			assertThat(api.send(HttpMethod.POST, DEVICES, null, object("token", "t", "platform", "IOS")).status())
				.isEqualTo(401);
		}
	}
}
