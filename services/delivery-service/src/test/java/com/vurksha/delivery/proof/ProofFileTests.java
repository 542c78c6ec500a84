package com.vurksha.delivery.proof;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofFileTests {

	@Test
	void acceptsADeliveryProofUploadedForTheFailingDelivery() {
		assertThat(new ProofFile("f-1", "delivery-proof", "READY", "dlv-1").unfitFor("dlv-1")).isEmpty();
	}

	@Test
	void refusesAFileOfAnotherPurpose() {
		assertThat(new ProofFile("f-1", "product-image", "READY", null).unfitFor("dlv-1")).hasValueSatisfying(
				reason -> assertThat(reason).contains("not a delivery proof"));
	}

	@Test
	void refusesTheProofOfAnotherDelivery() {
		assertThat(new ProofFile("f-1", "delivery-proof", "READY", "dlv-2").unfitFor("dlv-1")).hasValueSatisfying(
				reason -> assertThat(reason).contains("not a proof of delivery dlv-1"));
	}

	@Test
	void refusesAProofThatNamesNoDelivery() {
		assertThat(new ProofFile("f-1", "delivery-proof", "READY", null).unfitFor("dlv-1")).isPresent();
	}
}
