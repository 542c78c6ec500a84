package com.vurksha.user.phone;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.vurksha.platform.error.ApiException;
import com.vurksha.user.UserErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "9876543210", "09876543210", "+91 98765 43210", "919876543210", "+919876543210",
			"98765-43210", " 98765 43210 " })
	void normalisesCommonIndianWaysOfWritingAMobileToE164(String written) {
		assertThat(PhoneNumbers.normalise(written).e164()).isEqualTo("+919876543210");
	}

	@Test
	void acceptsTheLocalTestNumbers() {
		assertThat(PhoneNumbers.normalise("+919000000001").e164()).isEqualTo("+919000000001");
		assertThat(PhoneNumbers.normalise("9000000901").e164()).isEqualTo("+919000000901");
	}

	@Test
	void masksAllButTheLastFourDigits() {
		assertThat(PhoneNumbers.normalise("9876543210").masked()).isEqualTo("+91******3210");
	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@ValueSource(strings = { "12345", "1234567890", "+14155552671", "02212345678", "98765432101234", "abcdefghij",
				"" })
		void numbersThatAreNotIndianMobiles(String written) {
			assertThatThrownBy(() -> PhoneNumbers.normalise(written)).isInstanceOfSatisfying(ApiException.class,
					ex -> {
						assertThat(ex.code()).isEqualTo(UserErrorCode.INVALID_PHONE);
						assertThat(ex.details()).extracting("field").containsExactly("phone");
					});
		}

		@Test
		void nothingAtAll() {
			assertThat(PhoneNumbers.tryNormalise(null)).isEmpty();
		}
	}
}
