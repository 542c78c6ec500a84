package com.vurksha.platform.idempotency;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeysTests {

	@Test
	void acceptsAKeyOfUpTo255PrintableCharacters() {
		assertThat(IdempotencyKeys.require("order_123_user_456_1704279600")).isEqualTo("order_123_user_456_1704279600");
		assertThat(IdempotencyKeys.require("k".repeat(255))).hasSize(255);
	}

	@Nested
	class Rejects {

		@Test
		void aMissingKey() {
			assertRequired(null);
		}

		@Test
		void aBlankKey() {
			assertRequired(" \t ");
		}

		@Test
		void aKeyLongerThan255Characters() {
			assertRequired("k".repeat(256));
		}

		@Test
		void aKeyWithSpacesOrControlCharacters() {
			assertRequired("two words");
			assertRequired("line\nbreak");
		}

		private void assertRequired(String key) {
			assertThatThrownBy(() -> IdempotencyKeys.require(key)).isInstanceOfSatisfying(ApiException.class,
					ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.IDEMPOTENCY_KEY_REQUIRED));
		}
	}
}
