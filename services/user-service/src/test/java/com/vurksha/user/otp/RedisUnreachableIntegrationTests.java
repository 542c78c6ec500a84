package com.vurksha.user.otp;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.user.support.Api;
import com.vurksha.user.support.Phones;
import com.vurksha.user.support.SmsGateway;
import com.vurksha.user.support.UserServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Redis unreachable (a closed port), sign-in keeps working and the hourly limits are counted from the stored
 * challenges instead; nothing answers 500.
 */
class RedisUnreachableIntegrationTests extends UserServiceIntegrationTest {

	/** The URL wins over the host and port that the shared fixture registers for the real server. */
	@DynamicPropertySource
	static void unreachableRedis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:1");
	}

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void runsWithRedisReallyUnreachable() {
		assertThatThrownBy(() -> redis.opsForValue().get("anything")).isInstanceOf(RuntimeException.class);
	}

	@Test
	void sendsAndChecksCodesWithoutRedis() {
		String phone = Phones.fresh();
		assertThat(requestOtp(phone).status()).isEqualTo(202);
		Api.Reply reply = verifyOtp(phone, SmsGateway.lastCodeSentTo(phone));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/users/me", reply.data().get("accessToken").asString()).status()).isEqualTo(200);
	}

	@Test
	void stillLimitsCodesPerNumberFromTheDatabase() {
		String phone = Phones.fresh();
		for (int i = 0; i < 3; i++) {
			assertThat(requestOtp(phone).status()).isEqualTo(202);
			age(phone, Duration.ofSeconds(31));
		}
		Api.Reply fourth = requestOtp(phone);
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(fourth.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat(Long.parseLong(fourth.headers().getFirst("Retry-After"))).isPositive();
	}

	@Test
	void stillLimitsCodesPerClientAddressFromTheDatabase() {
		String ip = Phones.freshIp();
		for (int i = 0; i < 5; i++) {
			assertThat(requestOtp(Phones.fresh(), ip).status()).isEqualTo(202);
		}
		assertThat(requestOtp(Phones.fresh(), ip).errorCode()).isEqualTo("RATE_LIMITED");
	}
}
