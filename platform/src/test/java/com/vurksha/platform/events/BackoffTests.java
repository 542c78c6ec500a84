package com.vurksha.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

	@Test
	void waitsTheInitialDelayAfterTheFirstFailure() {
		assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void doublesTheDelayWithEveryFurtherFailure() {
		assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void neverWaitsLongerThanTheCap() {
		assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.delayAfter(64)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void treatsZeroFailuresLikeTheFirst() {
		assertThat(backoff.delayAfter(0)).isEqualTo(Duration.ofSeconds(1));
	}

	@Nested
	class Refuses {

		@Test
		void aZeroInitialDelay() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
		}

		@Test
		void aCapBelowTheInitialDelay() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
		}
	}
}
