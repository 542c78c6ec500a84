package com.vurksha.user.signin;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vurksha.platform.cache.RedisProperties;
import com.vurksha.user.support.Api;
import com.vurksha.user.support.Phones;
import com.vurksha.user.support.SmsGateway;
import com.vurksha.user.support.UserServiceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class SignInIntegrationTests extends UserServiceIntegrationTest {

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private RedisProperties redisKeys;

	@Test
	void sendsASixDigitCodeThroughMsg91ForANumberWrittenWithoutCountryCode() {
		String phone = Phones.fresh();
		Api.Reply reply = requestOtp(phone.substring(3));

		assertThat(reply.status()).isEqualTo(202);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		assertThat(reply.data().get("expiresInSeconds").asLong()).isEqualTo(300);
		assertThat(reply.data().get("resendAfterSeconds").asLong()).isEqualTo(30);
		LoggedRequest sent = SmsGateway.server()
			.findAll(postRequestedFor(urlEqualTo("/api/v5/flow")))
			.stream()
			.filter(request -> request.getBodyAsString().contains(phone.substring(1)))
			.findFirst()
			.orElseThrow();
		JsonNode body = JsonMapper.builder().build().readTree(sent.getBodyAsString());
		assertThat(sent.getHeader("authkey")).isEqualTo(SmsGateway.AUTH_KEY);
		assertThat(body.get("template_id").asString()).isEqualTo(SmsGateway.TEMPLATE_ID);
		assertThat(body.get("recipients").get(0).get("mobiles").asString()).isEqualTo(phone.substring(1));
		assertThat(body.get("recipients").get(0).get("otp").asString()).matches("\\d{6}");
	}

	@Test
	void storesTheCodeOnlyAsAKeyedHash() {
		String phone = Phones.fresh();
		requestOtp(phone);
		String code = SmsGateway.lastCodeSentTo(phone);
		String stored = jdbc.sql("SELECT code_hash FROM otp_challenges WHERE phone = :p").param("p", phone)
			.query(String.class).single();
		assertThat(stored).hasSize(64).doesNotContain(code);
	}

	@Test
	void signsInANewCustomerWithTheCodeFromTheSmsAndAnnouncesTheRegistration() {
		String phone = Phones.fresh();
		requestOtp("+91 " + phone.substring(3, 8) + " " + phone.substring(8));
		Api.Reply reply = verifyOtp(phone.substring(1), SmsGateway.lastCodeSentTo(phone));

		assertThat(reply.status()).isEqualTo(200);
		JsonNode data = reply.data();
		assertThat(data.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(data.get("expiresIn").asLong()).isEqualTo(900);
		assertThat(data.get("isNewUser").asBoolean()).isTrue();
		assertThat(data.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(data.get("user").get("phone").asString()).isEqualTo(phone);
		assertThat(data.get("user").get("roles").get(0).asString()).isEqualTo("CUSTOMER");
		String userId = data.get("user").get("id").asString();
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outbox WHERE type = 'user.user.registered' AND aggregate_id = :id")
			.param("id", userId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void signsAnExistingCustomerInAsNotNew() {
		Session first = signInNewCustomer();
		String phone = api.get("/api/v1/users/me", first.accessToken()).data().get("phone").asString();
		age(phone, Duration.ofSeconds(31));
		requestOtp(phone);
		Api.Reply again = verifyOtp(phone, SmsGateway.lastCodeSentTo(phone));

		assertThat(again.data().get("isNewUser").asBoolean()).isFalse();
		assertThat(again.data().get("user").get("id").asString()).isEqualTo(first.userId());
	}

	@Test
	void signsAccessTokensWithAKeyThatTheJwksServes() throws Exception {
		Session session = signInNewCustomer();
		Api.Reply jwks = api.get("/.well-known/jwks.json", null);

		assertThat(jwks.status()).isEqualTo(200);
		SignedJWT jwt = SignedJWT.parse(session.accessToken());
		JWKSet keys = JWKSet.parse(jwks.body().toString());
		ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
		assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("vurksha-user-service");
		assertThat(claims.getSubject()).isEqualTo(session.userId());
		assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
	}

	@Test
	void signsATestNumberInWithTheFixedCodeAndNoSms() {
		assertThat(requestOtp(TEST_RIDER).status()).isEqualTo(202);
		Api.Reply reply = verifyOtp(TEST_RIDER, TEST_CODE);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("user").get("roles").get(0).asString()).isEqualTo("RIDER");
		assertThat(SmsGateway.messagesSentTo(TEST_RIDER)).isZero();
		assertThat(verifyOtp(TEST_RIDER, "654321").errorCode()).isEqualTo("OTP_INVALID");
	}

	@Nested
	class Tokens {

		@Test
		void rotatesTheRefreshTokenOnEveryUse() {
			Session session = signInNewCustomer();
			Api.Reply refreshed = refresh(session.refreshToken());

			assertThat(refreshed.status()).isEqualTo(200);
			assertThat(refreshed.data().get("refreshToken").asString()).isNotEqualTo(session.refreshToken());
			assertThat(refreshed.data().get("isNewUser").asBoolean()).isFalse();
			assertThat(refreshed.data().get("user").get("id").asString()).isEqualTo(session.userId());
			assertThat(api.get("/api/v1/users/me", refreshed.data().get("accessToken").asString()).status())
				.isEqualTo(200);
		}

		@Test
		void revokesTheWholeFamilyWhenAUsedRefreshTokenComesBack() {
			Session session = signInNewCustomer();
			String successor = refresh(session.refreshToken()).data().get("refreshToken").asString();

			Api.Reply reuse = refresh(session.refreshToken());
			assertThat(reuse.status()).isEqualTo(401);
			assertThat(reuse.errorCode()).isEqualTo("REFRESH_TOKEN_REUSED");
			Api.Reply successorAfterReuse = refresh(successor);
			assertThat(successorAfterReuse.status()).isEqualTo(401);
			assertThat(successorAfterReuse.errorCode()).isEqualTo("REFRESH_TOKEN_REVOKED");
		}

		@Test
		void logoutEndsTheSession() {
			Session session = signInNewCustomer();
			Api.Reply logout = api.post("/api/v1/auth/logout", Api.object("refreshToken", session.refreshToken()));

			assertThat(logout.status()).isEqualTo(204);
			assertThat(refresh(session.refreshToken()).errorCode()).isEqualTo("REFRESH_TOKEN_REVOKED");
		}

		@Test
		void logoutWithAnUnknownTokenIsHarmless() {
			assertThat(api.post("/api/v1/auth/logout", Api.object("refreshToken", "unknown-token")).status())
				.isEqualTo(204);
		}

		@Test
		void refusesAnUnknownRefreshToken() {
			Api.Reply reply = refresh("not-a-token-we-issued");
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("REFRESH_TOKEN_INVALID");
		}

		@Test
		void refusesARefreshWithoutToken() {
			Api.Reply reply = api.post("/api/v1/auth/token/refresh", Api.object("refreshToken", " "));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("refreshToken");
		}

		private Api.Reply refresh(String token) {
			return api.post("/api/v1/auth/token/refresh", Api.object("refreshToken", token));
		}
	}

	@Nested
	class RejectsCodes {

		@Test
		void thatAreWrongTellingTheAttemptsLeft() {
			String phone = Phones.fresh();
			requestOtp(phone);
			Api.Reply reply = verifyOtp(phone, wrongCode(phone));

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("OTP_INVALID");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("code");
			assertThat(reply.error().get("details").get(0).get("message").asString()).contains("remainingAttempts=4");
		}

		@Test
		void afterFiveWrongTriesEvenTheRightOne() {
			String phone = Phones.fresh();
			requestOtp(phone);
			for (int i = 0; i < 4; i++) {
				assertThat(verifyOtp(phone, wrongCode(phone)).errorCode()).isEqualTo("OTP_INVALID");
			}
			assertThat(verifyOtp(phone, wrongCode(phone)).errorCode()).isEqualTo("OTP_LOCKED");
			Api.Reply right = verifyOtp(phone, SmsGateway.lastCodeSentTo(phone));
			assertThat(right.status()).isEqualTo(401);
			assertThat(right.errorCode()).isEqualTo("OTP_LOCKED");
		}

		@Test
		void ofATestNumberAfterFiveWrongTriesEvenTheRightOne() {
			assertThat(verifyOtp(TEST_LOCKABLE, TEST_CODE).status()).isEqualTo(200);
			Api.Reply first = verifyOtp(TEST_LOCKABLE, "000000");
			assertThat(first.errorCode()).isEqualTo("OTP_INVALID");
			assertThat(first.error().get("details").get(0).get("message").asString()).contains("remainingAttempts=4");
			for (int i = 0; i < 3; i++) {
				assertThat(verifyOtp(TEST_LOCKABLE, "000000").errorCode()).isEqualTo("OTP_INVALID");
			}
			assertThat(verifyOtp(TEST_LOCKABLE, "000000").errorCode()).isEqualTo("OTP_LOCKED");

			Api.Reply right = verifyOtp(TEST_LOCKABLE, TEST_CODE);
			assertThat(right.status()).isEqualTo(401);
			assertThat(right.errorCode()).isEqualTo("OTP_LOCKED");
			// the other test numbers are not affected
			assertThat(verifyOtp(TEST_CUSTOMER, TEST_CODE).status()).isEqualTo(200);
		}

		@Test
		void afterFiveMinutes() {
			String phone = Phones.fresh();
			requestOtp(phone);
			age(phone, Duration.ofMinutes(5));
			assertThat(verifyOtp(phone, SmsGateway.lastCodeSentTo(phone)).errorCode()).isEqualTo("OTP_EXPIRED");
		}

		@Test
		void thatAlreadySignedIn() {
			String phone = Phones.fresh();
			requestOtp(phone);
			String code = SmsGateway.lastCodeSentTo(phone);
			assertThat(verifyOtp(phone, code).status()).isEqualTo(200);
			assertThat(verifyOtp(phone, code).errorCode()).isEqualTo("OTP_NOT_FOUND");
		}

		@Test
		void neverAskedFor() {
			Api.Reply reply = verifyOtp(Phones.fresh(), "123456");
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("OTP_NOT_FOUND");
		}

		@Test
		void thatAreNotSixDigits() {
			Api.Reply reply = verifyOtp(Phones.fresh(), "12ab");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("code");
		}

		private String wrongCode(String phone) {
			String right = SmsGateway.lastCodeSentTo(phone);
			return right.equals("000000") ? "111111" : "000000";
		}
	}

	@Nested
	class LimitsSending {

		@Test
		void toOneCodePerThirtySeconds() {
			String phone = Phones.fresh();
			requestOtp(phone);
			Api.Reply again = requestOtp(phone);

			assertThat(again.status()).isEqualTo(429);
			assertThat(again.errorCode()).isEqualTo("RATE_LIMITED");
			assertThat(again.error().get("retryable").asBoolean()).isTrue();
			assertThat(Long.parseLong(again.headers().getFirst("Retry-After"))).isBetween(1L, 30L);
			assertThat(SmsGateway.messagesSentTo(phone)).isEqualTo(1);
		}

		@Test
		void allowsANewCodeAfterThirtySecondsAndChecksOnlyTheNewest() {
			String phone = Phones.fresh();
			requestOtp(phone);
			String first = SmsGateway.lastCodeSentTo(phone);
			age(phone, Duration.ofSeconds(31));
			assertThat(requestOtp(phone).status()).isEqualTo(202);
			String second = SmsGateway.lastCodeSentTo(phone);

			if (!first.equals(second)) {
				assertThat(verifyOtp(phone, first).errorCode()).isEqualTo("OTP_INVALID");
			}
			assertThat(verifyOtp(phone, second).status()).isEqualTo(200);
		}

		@Test
		void toThreeCodesPerNumberAnHour() {
			String phone = Phones.fresh();
			for (int i = 0; i < 3; i++) {
				assertThat(requestOtp(phone).status()).isEqualTo(202);
				age(phone, Duration.ofSeconds(31));
			}
			Api.Reply fourth = requestOtp(phone);
			assertThat(fourth.status()).isEqualTo(429);
			assertThat(fourth.errorCode()).isEqualTo("RATE_LIMITED");
			assertThat(fourth.headers().getFirst("Retry-After")).isNotNull();
		}

		@Test
		void countsInRedisWhileRedisIsUp() {
			String phone = Phones.fresh();
			requestOtp(phone);
			assertThat(redis.keys(redisKeys.keyPrefix() + "limit:otp:phone:" + phone + ":*")).hasSize(1);
		}

		@Test
		void toFiveCodesPerClientAddressAnHour() {
			String ip = Phones.freshIp();
			for (int i = 0; i < 5; i++) {
				assertThat(requestOtp(Phones.fresh(), ip).status()).isEqualTo(202);
			}
			Api.Reply sixth = requestOtp(Phones.fresh(), ip);
			assertThat(sixth.status()).isEqualTo(429);
			assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
		}
	}

	@Nested
	class RejectsRequests {

		@Test
		void withANumberThatIsNotAnIndianMobile() {
			Api.Reply reply = requestOtp("+1 415 555 2671");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("INVALID_PHONE");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("phone");
		}

		@Test
		void withoutPhone() {
			Api.Reply reply = api.post("/api/v1/auth/otp/request", Api.object());
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void withMalformedJson() {
			Api.Reply reply = api.post("/api/v1/auth/otp/request", "{\"phone\": ");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
			assertThat(reply.body().get("success").asBoolean()).isFalse();
		}

		@Test
		void withoutBody() {
			Api.Reply reply = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/auth/otp/request", null, "");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
		}

		@Test
		void withAWrongType() {
			Api.Reply reply = api.post("/api/v1/auth/otp/request", "{\"phone\": {\"number\": 1}}");
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("phone");
		}

		@Test
		void withAnUnknownField() {
			Api.Reply reply = api.post("/api/v1/auth/otp/request",
					Api.object("phone", Phones.fresh(), "channel", "whatsapp"));
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.error().get("details").get(0).get("field").asString()).isEqualTo("channel");
		}

		@Test
		void withABodyOverOneMegabyte() {
			String huge = "{\"phone\":\"" + "9".repeat(1_100_000) + "\"}";
			Api.Reply reply = api.post("/api/v1/auth/otp/request", huge);
			assertThat(reply.status()).isEqualTo(413);
			assertThat(reply.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
		}

		@Test
		void withAnotherContentType() {
			org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
			headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
			Api.Reply reply = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/auth/otp/request", null,
					"9876543210", headers);
			assertThat(reply.status()).isEqualTo(415);
			assertThat(reply.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		}

		@Test
		void withAMethodTheEndpointDoesNotServe() {
			Api.Reply reply = api.get("/api/v1/auth/otp/request", signInNewCustomer().accessToken());
			assertThat(reply.status()).isEqualTo(405);
			assertThat(reply.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
		}
	}

	@Test
	void answersAnUnknownRouteWith404() {
		Api.Reply reply = api.get("/api/v1/users/me/nothing-here", signInNewCustomer().accessToken());
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(reply.body().get("meta").get("requestId").asString()).isNotBlank();
	}

	@Test
	void refusesProtectedCallsWithoutAValidTokenInTheEnvelope() {
		for (String token : List.of("", "not-a-jwt")) {
			Api.Reply reply = api.get("/api/v1/users/me", token.isEmpty() ? null : token);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.errorCode()).isEqualTo("UNAUTHORIZED");
		}
	}
}
