package com.vurksha.payment.refund;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundPolicyTests {

	@Test
	void refundsEverythingLeftWhenNoAmountIsGiven() {
		assertThat(RefundPolicy.amountToRefund(50_000, 0, null)).hasValue(50_000);
		assertThat(RefundPolicy.amountToRefund(50_000, 30_000, null)).hasValue(20_000);
	}

	@Test
	void refundsAPartUpToWhatIsLeft() {
		assertThat(RefundPolicy.amountToRefund(50_000, 30_000, 20_000L)).hasValue(20_000);
		assertThat(RefundPolicy.amountToRefund(50_000, 0, 1L)).hasValue(1);
	}

	@Test
	void countsWhatIsLeft() {
		assertThat(RefundPolicy.refundable(50_000, 12_345)).isEqualTo(37_655);
		assertThat(RefundPolicy.refundable(50_000, 50_000)).isZero();
	}

	@Nested
	class Refuses {

		@Test
		void aPartAboveWhatIsLeft() {
			assertThat(RefundPolicy.amountToRefund(50_000, 30_000, 20_001L)).isEmpty();
		}

		@Test
		void moreThanWasCaptured() {
			assertThat(RefundPolicy.amountToRefund(50_000, 0, 50_001L)).isEmpty();
		}

		@Test
		void anythingOnceAllIsRefunded() {
			assertThat(RefundPolicy.amountToRefund(50_000, 50_000, null)).isEmpty();
			assertThat(RefundPolicy.amountToRefund(50_000, 50_000, 1L)).isEmpty();
		}

		@Test
		void nothingOrLessThanNothing() {
			assertThat(RefundPolicy.amountToRefund(50_000, 0, 0L)).isEmpty();
			assertThat(RefundPolicy.amountToRefund(50_000, 0, -1L)).isEmpty();
		}
	}
}
