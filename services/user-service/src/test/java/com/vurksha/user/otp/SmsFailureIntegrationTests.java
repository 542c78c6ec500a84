package com.vurksha.user.otp;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.vurksha.user.support.Api;
import com.vurksha.user.support.Phones;
import com.vurksha.user.support.SmsGateway;
import com.vurksha.user.support.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When MSG91 fails the customer gets a retryable 503 and no challenge is kept: a code they never received must not
 * hold the resend window or count as the code to check.
 */
class SmsFailureIntegrationTests extends UserServiceIntegrationTest {

	@Test
	void answersRetryable503WhenTheGatewayFailsAndKeepsNoChallenge() {
		String phone = Phones.fresh();
		StubMapping failing = SmsGateway.failFor(phone, 502, 0, "{\"type\":\"error\",\"message\":\"upstream\"}");
		Api.Reply reply = requestOtp(phone);

		assertUnavailable(reply);
		Api.Reply verify = verifyOtp(phone, SmsGateway.lastCodeSentTo(phone));
		assertThat(verify.errorCode()).isEqualTo("OTP_NOT_FOUND");

		SmsGateway.server().removeStub(failing);
		assertThat(requestOtp(phone).status()).isEqualTo(202);
		assertThat(verifyOtp(phone, SmsGateway.lastCodeSentTo(phone)).status()).isEqualTo(200);
	}

	@Test
	void answersRetryable503WhenTheGatewayDoesNotAnswerInTime() {
		String phone = Phones.fresh();
		SmsGateway.failFor(phone, 200, SmsGateway.LATER_THAN_READ_TIMEOUT_MILLIS,
				"{\"type\":\"success\",\"message\":\"late\"}");

		assertUnavailable(requestOtp(phone));
		assertThat(jdbc.sql("SELECT count(*) FROM otp_challenges WHERE phone = :p").param("p", phone)
			.query(Long.class).single()).isZero();
	}

	@Test
	void answersRetryable503WhenTheGatewayRefusesTheMessageInItsBody() {
		String phone = Phones.fresh();
		SmsGateway.failFor(phone, 200, 0, "{\"type\":\"error\",\"message\":\"Invalid template\"}");

		assertUnavailable(requestOtp(phone));
	}

	private static void assertUnavailable(Api.Reply reply) {
		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.errorCode()).isEqualTo("SMS_UNAVAILABLE");
		assertThat(reply.error().get("retryable").asBoolean()).isTrue();
		assertThat(reply.headers().getFirst("Retry-After")).isEqualTo("5");
	}
}
