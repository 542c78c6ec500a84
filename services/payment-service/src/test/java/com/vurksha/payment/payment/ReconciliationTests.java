package com.vurksha.payment.payment;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.payment.provider.ProviderPayment;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTests {

	static ProviderPayment attempt(String id, String status) {
		return new ProviderPayment(id, "order_A", status, 100, "INR", null);
	}

	@Test
	void trustsTheMostAdvancedAttempt() {
		assertThat(Reconciliation.mostAdvanced(List.of(attempt("p1", "failed"), attempt("p2", "captured"),
				attempt("p3", "authorized"))))
			.hasValueSatisfying(chosen -> assertThat(chosen.id()).isEqualTo("p2"));
	}

	@Test
	void findsNothingToApplyWhileNoAttemptHasAnOutcome() {
		assertThat(Reconciliation.mostAdvanced(List.of(attempt("p1", "created")))).isEmpty();
		assertThat(Reconciliation.mostAdvanced(List.of())).isEmpty();
	}
}
