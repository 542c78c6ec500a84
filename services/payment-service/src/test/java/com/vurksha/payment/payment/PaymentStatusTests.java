package com.vurksha.payment.payment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentStatusTests {

	@ParameterizedTest
	@CsvSource({ "CREATED,AUTHORIZED", "CREATED,CAPTURED", "CREATED,FAILED", "AUTHORIZED,CAPTURED",
			"AUTHORIZED,FAILED", "FAILED,AUTHORIZED", "FAILED,CAPTURED", "CAPTURED,PARTIALLY_REFUNDED",
			"CAPTURED,REFUNDED", "PARTIALLY_REFUNDED,PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED,REFUNDED" })
	void movesForward(PaymentStatus from, PaymentStatus to) {
		assertThat(from.canMoveTo(to)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "AUTHORIZED,CREATED", "CAPTURED,AUTHORIZED", "CAPTURED,FAILED", "CAPTURED,CAPTURED",
			"FAILED,FAILED", "REFUNDED,CAPTURED", "REFUNDED,PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED,CAPTURED",
			"CREATED,REFUNDED", "AUTHORIZED,AUTHORIZED" })
	void neverMovesBackOrSkipsTheCapture(PaymentStatus from, PaymentStatus to) {
		assertThat(from.canMoveTo(to)).isFalse();
	}

	@Test
	void asksTheProviderOnlyWhileTheOutcomeIsOpen() {
		assertThat(PaymentStatus.CREATED.open()).isTrue();
		assertThat(PaymentStatus.AUTHORIZED.open()).isTrue();
		assertThat(PaymentStatus.FAILED.open()).isFalse();
		assertThat(PaymentStatus.CAPTURED.open()).isFalse();
	}

	@Test
	void mapsTheProvidersWordsToOurStates() {
		assertThat(PaymentOutcomes.target("authorized")).contains(PaymentStatus.AUTHORIZED);
		assertThat(PaymentOutcomes.target("captured")).contains(PaymentStatus.CAPTURED);
		assertThat(PaymentOutcomes.target("refunded")).contains(PaymentStatus.CAPTURED);
		assertThat(PaymentOutcomes.target("failed")).contains(PaymentStatus.FAILED);
		assertThat(PaymentOutcomes.target("created")).isEmpty();
		assertThat(PaymentOutcomes.target(null)).isEmpty();
	}
}
