package com.vurksha.payment.payment;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	static Payment newPayment() {
		return Payment.offer("pay_1", "ord_1", "VK-20261125-000001", "cust-1", "razorpay", "order_A", 50_000, "INR",
				NOW);
	}

	static Payment captured() {
		Payment payment = newPayment();
		payment.capture("pay_A", NOW);
		payment.drainEvents();
		return payment;
	}

	@Test
	void startsCreated() {
		assertThat(newPayment().status()).isEqualTo(PaymentStatus.CREATED);
	}

	@Test
	void capturesAndRaisesPaymentCaptured() {
		Payment payment = newPayment();
		payment.authorize("pay_A", NOW);

		payment.capture("pay_A", NOW.plusSeconds(5));

		assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.attempts()).isEqualTo(1);
		assertThat(payment.drainEvents())
			.containsExactly(new PaymentCaptured("pay_1", "ord_1", 50_000, "INR", "pay_A"));
		assertThat(payment.drainEvents()).isEmpty();
	}

	@Test
	void failsAndRaisesPaymentFailedWithTheReason() {
		Payment payment = newPayment();

		payment.fail("pay_A", "Card declined", NOW);

		assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(payment.drainEvents()).containsExactly(new PaymentFailed("pay_1", "ord_1", "Card declined"));
	}

	@Test
	void isPaidOnANewAttemptAfterAFailure() {
		Payment payment = newPayment();
		payment.fail("pay_A", "Card declined", NOW);

		payment.capture("pay_B", NOW);

		assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.providerPaymentId()).isEqualTo("pay_B");
		assertThat(payment.attempts()).isEqualTo(2);
		assertThat(payment.failureReason()).isNull();
	}

	@Test
	void becomesPartiallyRefundedThenRefunded() {
		Payment payment = captured();

		payment.recordRefunded(20_000, NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

		payment.recordRefunded(50_000, NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.refundedAmount()).isEqualTo(50_000);
	}

	@Test
	void matchesOnlyItsOwnAmountAndCurrency() {
		Payment payment = newPayment();

		assertThat(payment.matches(50_000, "INR")).isTrue();
		assertThat(payment.matches(49_999, "INR")).isFalse();
		assertThat(payment.matches(50_000, "USD")).isFalse();
		assertThat(payment.matches(50_000, null)).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void toFailAfterTheCaptureNamingTheCurrentState() {
			Payment payment = captured();

			assertThatThrownBy(() -> payment.fail("pay_Z", "late", NOW)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("is CAPTURED");
			assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
			assertThat(payment.drainEvents()).isEmpty();
		}

		@Test
		void toGoBackToAuthorizedAfterTheCapture() {
			assertThatThrownBy(() -> captured().authorize("pay_A", NOW)).isInstanceOf(IllegalStateException.class);
		}

		@Test
		void toCaptureTwice() {
			assertThatThrownBy(() -> captured().capture("pay_A", NOW)).isInstanceOf(IllegalStateException.class);
		}

		@Test
		void refundsBeforeTheCapture() {
			assertThatThrownBy(() -> newPayment().recordRefunded(100, NOW)).isInstanceOf(IllegalStateException.class);
		}

		@Test
		void refundsAboveTheAmount() {
			assertThatThrownBy(() -> captured().recordRefunded(50_001, NOW)).isInstanceOf(IllegalStateException.class);
		}

		@Test
		void anythingAfterAFullRefund() {
			Payment payment = captured();
			payment.recordRefunded(50_000, NOW);

			assertThatThrownBy(() -> payment.recordRefunded(50_000, NOW)).isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> payment.fail("pay_Z", "late", NOW)).isInstanceOf(IllegalStateException.class);
		}

		@Test
		void aPaymentForNothing() {
			assertThatThrownBy(() -> Payment.offer("p", "o", "n", "u", "razorpay", "order", 0, "INR", NOW))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}
}
