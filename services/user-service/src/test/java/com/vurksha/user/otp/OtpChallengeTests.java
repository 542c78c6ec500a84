package com.vurksha.user.otp;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OtpChallengeTests {

	private static final Instant ISSUED = Instant.parse("2026-11-25T10:00:00Z");

	private final OtpHasher hasher = new OtpHasher("a-test-secret-that-is-long-enough-for-hmac");

	private OtpChallenge challenge() {
		return OtpChallenge.issue("otp_1", "+919876543210", "123456", hasher, ISSUED, Duration.ofMinutes(5), 5);
	}

	@Test
	void storesOnlyAKeyedHashOfTheCode() {
		OtpChallenge challenge = challenge();
		assertThat(challenge.codeHash()).doesNotContain("123456").hasSize(64);
		assertThat(challenge.codeHash()).isNotEqualTo(new OtpHasher("another-secret-that-is-long-enough-too")
			.hash("otp_1", "123456"));
	}

	@Test
	void acceptsTheRightCodeWithinFiveMinutes() {
		OtpCheck check = challenge().check("123456", hasher, ISSUED.plus(Duration.ofMinutes(4)));
		assertThat(check.result()).isEqualTo(OtpCheck.Result.VERIFIED);
		assertThat(check.challenge().status()).isEqualTo(OtpStatus.VERIFIED);
	}

	@Test
	void countsAWrongCodeAndTellsTheAttemptsLeft() {
		OtpCheck check = challenge().check("000000", hasher, ISSUED);
		assertThat(check.result()).isEqualTo(OtpCheck.Result.WRONG_CODE);
		assertThat(check.remainingAttempts()).isEqualTo(4);
		assertThat(check.challenge().attempts()).isEqualTo(1);
	}

	@Test
	void locksOnTheFifthWrongCode() {
		OtpChallenge challenge = challenge();
		for (int i = 0; i < 4; i++) {
			challenge = challenge.check("000000", hasher, ISSUED).challenge();
		}
		OtpCheck fifth = challenge.check("000000", hasher, ISSUED);
		assertThat(fifth.result()).isEqualTo(OtpCheck.Result.LOCKED);
		assertThat(fifth.challenge().status()).isEqualTo(OtpStatus.LOCKED);
	}

	@Nested
	class Rejects {

		@Test
		void theRightCodeOnceLocked() {
			OtpChallenge challenge = challenge();
			for (int i = 0; i < 5; i++) {
				challenge = challenge.check("000000", hasher, ISSUED).challenge();
			}
			assertThat(challenge.check("123456", hasher, ISSUED).result()).isEqualTo(OtpCheck.Result.LOCKED);
		}

		@Test
		void theRightCodeAfterFiveMinutes() {
			assertThat(challenge().check("123456", hasher, ISSUED.plus(Duration.ofMinutes(5))).result())
				.isEqualTo(OtpCheck.Result.EXPIRED);
		}

		@Test
		void aCodeThatAlreadySignedIn() {
			OtpChallenge used = challenge().check("123456", hasher, ISSUED).challenge();
			assertThat(used.check("123456", hasher, ISSUED).result()).isEqualTo(OtpCheck.Result.ALREADY_USED);
		}

		@Test
		void theCodeOfAnotherChallenge() {
			OtpChallenge other = OtpChallenge.issue("otp_2", "+919876543210", "654321", hasher, ISSUED,
					Duration.ofMinutes(5), 5);
			assertThat(other.check("123456", hasher, ISSUED).result()).isEqualTo(OtpCheck.Result.WRONG_CODE);
		}
	}

	@Nested
	class ResendWindow {

		@Test
		void asksToWaitUntilThirtySecondsHavePassed() {
			assertThat(challenge().resendWait(ISSUED.plusSeconds(10), Duration.ofSeconds(30)))
				.isEqualTo(Duration.ofSeconds(20));
		}

		@Test
		void allowsAnotherCodeAfterThirtySeconds() {
			assertThat(challenge().resendWait(ISSUED.plusSeconds(30), Duration.ofSeconds(30))).isZero();
		}
	}

	@Test
	void makesSixDigitCodesKeepingLeadingZeros() {
		for (int i = 0; i < 200; i++) {
			assertThat(OtpCodes.next()).matches("\\d{6}");
		}
	}
}
