package com.vurksha.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.vurksha.gateway.ratelimit.RateLimitProperties.Budget;

class TokenBucketTests {

	private final Budget twoPerSecondBurstThree = new Budget(2, 3);

	@Test
	void allowsTheBurstAndThenRefuses() {
		TokenBucket bucket = TokenBucket.full(twoPerSecondBurstThree, 0);
		for (int i = 0; i < 3; i++) {
			TokenBucket.Taken taken = bucket.take(twoPerSecondBurstThree, 0);
			assertThat(taken.decision().allowed()).isTrue();
			bucket = taken.bucket();
		}

		TokenBucket.Taken refused = bucket.take(twoPerSecondBurstThree, 0);

		assertThat(refused.decision().allowed()).isFalse();
		assertThat(refused.decision().retryAfter()).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void refillsAtTheBudgetsRate() {
		TokenBucket empty = new TokenBucket(0, 0);

		TokenBucket.Taken afterHalfASecond = empty.take(twoPerSecondBurstThree, 500);

		assertThat(afterHalfASecond.decision().allowed()).isTrue();
		assertThat(afterHalfASecond.decision().remaining()).isZero();
	}

	@Test
	void neverHoldsMoreThanTheBurst() {
		TokenBucket empty = new TokenBucket(0, 0);

		TokenBucket.Taken afterAnHour = empty.take(twoPerSecondBurstThree, 3_600_000);

		assertThat(afterAnHour.decision().remaining()).isEqualTo(2);
	}

	@Test
	void tellsHowLongUntilTheNextTokenForSlowBudgets() {
		Budget onePerMinute = new Budget(1.0 / 60, 1);

		TokenBucket.Taken refused = new TokenBucket(0.5, 0).take(onePerMinute, 0);

		assertThat(refused.decision().retryAfter()).isEqualTo(Duration.ofSeconds(30));
	}
}
