package com.vurksha.delivery.zone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PincodesTests {

	@ParameterizedTest
	@ValueSource(strings = { "560001", "110001", "999999" })
	void acceptsSixDigitsNotStartingWithZero(String pincode) {
		assertThat(Pincodes.isValid(pincode)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "56000", "5600011", "060001", "56O001", " 560001", "560 01" })
	void refusesAnythingElse(String pincode) {
		assertThat(Pincodes.isValid(pincode)).isFalse();
	}
}
