package com.vurksha.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Destinations shown in logs and to operators give away little. */
class MaskingTests {

	@Test
	void keepsOnlyTheEndOfAPhoneOrToken() {
		assertThat(Masking.mask("+919812345678")).isEqualTo("***5678");
		assertThat(Masking.mask("abc")).isEqualTo("***");
	}

	@Test
	void keepsTheFirstLetterAndDomainOfAnAddress() {
		assertThat(Masking.mask("asha@example.com")).isEqualTo("a***@example.com");
	}
}
