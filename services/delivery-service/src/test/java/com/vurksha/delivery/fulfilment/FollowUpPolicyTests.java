package com.vurksha.delivery.fulfilment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpPolicyTests {

	@ParameterizedTest(name = "{0} on attempt {1} of 2: {2}")
	@CsvSource({ "CUSTOMER_UNAVAILABLE, 1, REATTEMPT", "ADDRESS_NOT_FOUND, 1, REATTEMPT", "OTHER, 1, REATTEMPT",
			"CUSTOMER_REFUSED, 1, RETURN_TO_HUB", "DAMAGED, 1, RETURN_TO_HUB", "CUSTOMER_UNAVAILABLE, 2, RETURN_TO_HUB",
			"OTHER, 3, RETURN_TO_HUB" })
	void reattemptsOnlyRecoverableFailuresBelowTheCap(FailureReason reason, int attempt, FollowUp expected) {
		assertThat(FollowUpPolicy.after(reason, attempt, 2)).isEqualTo(expected);
	}
}
