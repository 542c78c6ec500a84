package com.vurksha.notification.channel.push;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.ChannelSender;
import com.vurksha.notification.channel.PermanentRefusal;
import com.vurksha.notification.support.FakeFcm;
import com.vurksha.platformtest.MutableClock;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The FCM HTTP v1 adapter against a fake Google on a loopback port. */
class FcmPushSenderTests {

	private static final ChannelMessage PUSH = new ChannelMessage("device-token-1", "Order VK-1 confirmed", "Thanks!");

	private final FakeFcm fcm = new FakeFcm();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

	private final ChannelSender sender = new PushConfiguration().fcmPushSender(
			new PushProperties(PushProperties.Provider.FCM, new PushProperties.Fcm(URI.create(fcm.baseUrl()),
					fcm.serviceAccountJson(), null, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5))),
			JsonMapper.builder().build(), clock);

	@AfterEach
	void stop() {
		fcm.stop();
	}

	private LoggedRequest only(String path) {
		return fcm.server().findAll(postRequestedFor(urlPathEqualTo(path))).get(0);
	}

	@Test
	void exchangesASignedAssertionForATokenAndSendsWithIt() throws Exception {
		sender.send(PUSH);

		String form = URLDecoder.decode(only(FakeFcm.TOKEN_PATH).getBodyAsString(), StandardCharsets.UTF_8);
		assertThat(form).contains("grant_type=" + FcmAccessTokens.GRANT);
		SignedJWT assertion = SignedJWT.parse(form.substring(form.indexOf("assertion=") + "assertion=".length()));
		assertThat(assertion.verify(new RSASSAVerifier(fcm.publicKey()))).isTrue();
		assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(fcm.baseUrl() + FakeFcm.TOKEN_PATH);
		assertThat(assertion.getJWTClaimsSet().getStringClaim("scope")).isEqualTo(FcmAccessTokens.SCOPE);
		LoggedRequest send = only(FakeFcm.SEND_PATH);
		assertThat(send.getHeader("Authorization")).isEqualTo("Bearer " + FakeFcm.ACCESS_TOKEN);
		assertThat(send.getBodyAsString()).contains("\"token\":\"device-token-1\"")
			.contains("\"title\":\"Order VK-1 confirmed\"");
	}

	@Test
	void reusesTheTokenUntilShortlyBeforeItExpires() {
		sender.send(PUSH);
		clock.advance(Duration.ofMinutes(50));
		sender.send(PUSH);
		assertThat(fcm.tokenExchanges()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(5));
		sender.send(PUSH);

		assertThat(fcm.tokenExchanges()).isEqualTo(2);
		assertThat(fcm.sendsReceived()).isEqualTo(3);
	}

	@Test
	void sendsThroughTheConfiguredProjectRatherThanTheKeysOwn() {
		fcm.server()
			.stubFor(post(urlPathEqualTo("/v1/projects/vurksha-prod/messages:send"))
				.willReturn(okJson("{}")));
		ChannelSender production = new PushConfiguration().fcmPushSender(new PushProperties(PushProperties.Provider.FCM,
				new PushProperties.Fcm(URI.create(fcm.baseUrl()), fcm.serviceAccountJson(), "vurksha-prod",
						Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5))),
				JsonMapper.builder().build(), clock);

		production.send(PUSH);

		assertThat(fcm.server().findAll(postRequestedFor(urlPathEqualTo("/v1/projects/vurksha-prod/messages:send"))))
			.hasSize(1);
		assertThat(fcm.sendsReceived()).isZero();
	}

	@Nested
	class Failures {

		@Test
		void anUnregisteredTokenIsAPermanentRefusal() {
			fcm.unregistered();

			assertThat(catchThrowable(() -> sender.send(PUSH))).isInstanceOf(PermanentRefusal.class)
				.hasMessageContaining("UNREGISTERED");
		}

		@Test
		void aSenderIdMismatchIsAPermanentRefusal() {
			refuse(403, "PERMISSION_DENIED", fcmError("SENDER_ID_MISMATCH"));

			assertThat(catchThrowable(() -> sender.send(PUSH))).isInstanceOf(PermanentRefusal.class)
				.hasMessageContaining("SENDER_ID_MISMATCH");
		}

		@Test
		void anInvalidArgumentNamingTheTokenIsAPermanentRefusal() {
			refuse(400, "INVALID_ARGUMENT", fcmError("INVALID_ARGUMENT") + "," + badRequest("message.token"));

			assertThat(catchThrowable(() -> sender.send(PUSH))).isInstanceOf(PermanentRefusal.class);
		}

		@Test
		void ourOwnMissingPermissionIsAFailureNotARefusal() {
			refuse(403, "PERMISSION_DENIED", "");

			assertThat(catchThrowable(() -> sender.send(PUSH))).isNotNull()
				.isNotInstanceOf(PermanentRefusal.class)
				.hasMessageContaining("PERMISSION_DENIED");
		}

		@Test
		void aBadMessageIsAFailureNotARefusal() {
			refuse(400, "INVALID_ARGUMENT",
					fcmError("INVALID_ARGUMENT") + "," + badRequest("message.notification.title"));

			assertThat(catchThrowable(() -> sender.send(PUSH))).isNotNull().isNotInstanceOf(PermanentRefusal.class);
		}

		@Test
		void aBareBadRequestIsAFailureNotARefusal() {
			fcm.server()
				.stubFor(post(urlPathEqualTo(FakeFcm.SEND_PATH)).willReturn(aResponse().withStatus(400)
					.withBody("Bad Request")));

			assertThat(catchThrowable(() -> sender.send(PUSH))).isNotNull().isNotInstanceOf(PermanentRefusal.class);
		}

		private void refuse(int status, String grpcStatus, String details) {
			fcm.server()
				.stubFor(post(urlPathEqualTo(FakeFcm.SEND_PATH)).willReturn(aResponse().withStatus(status)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":{\"code\":" + status + ",\"message\":\"refused\",\"status\":\""
							+ grpcStatus + "\",\"details\":[" + details + "]}}")));
		}

		private static String fcmError(String code) {
			return "{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + code
					+ "\"}";
		}

		private static String badRequest(String field) {
			return "{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\",\"fieldViolations\":[{\"field\":\""
					+ field + "\",\"description\":\"invalid\"}]}";
		}

		@Test
		void anOutageIsAPassingFailure() {
			fcm.unavailable();

			assertThat(catchThrowable(() -> sender.send(PUSH))).isNotNull().isNotInstanceOf(PermanentRefusal.class);
		}

		@Test
		void aBrokenServiceAccountStopsTheStart() {
			assertThat(catchThrowable(() -> ServiceAccount.parse("", JsonMapper.builder().build())))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("FCM_SERVICE_ACCOUNT_JSON");
		}
	}
}
