package com.vurksha.payment.refund;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void hasTheSameIdForEveryRetryOfOneRequest() {
		assertThat(Refund.request("pay_1", "order-cancelled:o1", 100, null, NOW).id())
			.isEqualTo(Refund.request("pay_1", "order-cancelled:o1", 100, null, NOW.plusSeconds(60)).id());
		assertThat(Refund.request("pay_1", "order-cancelled:o1", 100, null, NOW).id())
			.isNotEqualTo(Refund.request("pay_1", "refund-requested:e1", 100, null, NOW).id());
	}

	@Test
	void hasAnIdRazorpayAcceptsAsIdempotencyKey() {
		assertThat(Refund.request("pay_1", "k", 100, null, NOW).id()).matches("[A-Za-z0-9_-]{10,}");
	}

	@Test
	void isProcessedOnce() {
		Refund refund = Refund.request("pay_1", "k", 100, null, NOW);

		refund.process(NOW);

		assertThat(refund.status()).isEqualTo(RefundStatus.PROCESSED);
	}

	@Nested
	class Refuses {

		@Test
		void toFailAfterItWasProcessed() {
			Refund refund = Refund.request("pay_1", "k", 100, null, NOW);
			refund.process(NOW);

			assertThatThrownBy(() -> refund.fail(NOW)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("is PROCESSED");
		}

		@Test
		void toBeProcessedTwice() {
			Refund refund = Refund.request("pay_1", "k", 100, null, NOW);
			refund.process(NOW);

			assertThatThrownBy(() -> refund.process(NOW)).isInstanceOf(IllegalStateException.class);
		}
	}
}
