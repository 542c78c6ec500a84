package com.vurksha.platform.error;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodyTests {

	@Test
	void takesRetryabilityFromTheCatalogue() {
		assertThat(ErrorBody.of(CommonErrorCode.RATE_LIMITED, "slow down", null, List.of()).error().retryable()).isTrue();
		assertThat(ErrorBody.of(CommonErrorCode.VALIDATION_FAILED, "bad", null, List.of()).error().retryable()).isFalse();
	}

	@Test
	void roundsRetryAfterUpToAtLeastOneSecond() {
		assertThat(ErrorBody.of(CommonErrorCode.RATE_LIMITED, "x", Duration.ofMillis(200), List.of()).error().retryAfter())
			.isEqualTo(1);
		assertThat(ErrorBody.of(CommonErrorCode.RATE_LIMITED, "x", null, List.of()).error().retryAfter()).isNull();
	}

	@Test
	void keepsDetailsAndCodeWhenRetryAfterIsAdded() {
		ApiException ex = new ApiException(CommonErrorCode.VALIDATION_FAILED, "bad")
			.withDetails(List.of(new FieldViolation("phone", "invalid")))
			.withRetryAfter(Duration.ofSeconds(3));
		assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED);
		assertThat(ex.details()).extracting(FieldViolation::field).containsExactly("phone");
		assertThat(ex.retryAfter()).hasSeconds(3);
	}
}
