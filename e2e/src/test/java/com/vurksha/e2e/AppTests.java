package com.vurksha.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;

import com.vurksha.client.ApiException;
import org.junit.jupiter.api.Test;

/** The generated client reads answers strictly: what the contract does not describe fails instead of vanishing. */
class AppTests {

	@Test
	void readsTheErrorEnvelopeTheContractDescribes() {
		var refused = new ApiException(403, "refused", null, "{\"success\":false,\"error\":{\"code\":\"FORBIDDEN\","
				+ "\"message\":\"No\",\"retryable\":false,\"details\":[]},\"meta\":{\"requestId\":\"req_1\"}}");

		assertThat(App.error(refused).getError().getCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void refusesAFieldTheContractDoesNotDescribe() {
		var refused = new ApiException(403, "refused", null,
				"{\"success\":false,\"error\":{\"code\":\"FORBIDDEN\",\"hint\":\"not in the contract\"}}");

		assertThatThrownBy(() -> App.error(refused)).isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("not the error envelope");
	}

	@Test
	void refusesAValueOfTheWrongType() {
		var refused = new ApiException(429, "refused", null,
				"{\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\",\"retryAfter\":\"soon\"}}");

		assertThatThrownBy(() -> App.error(refused)).isInstanceOf(UncheckedIOException.class);
	}
}
