package com.vurksha.platform.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	@Test
	void acceptsShortSafeIdsOnly() {
		assertThat(RequestIds.isAcceptable("req_abc-123.x:y")).isTrue();
		assertThat(RequestIds.isAcceptable("two words")).isFalse();
		assertThat(RequestIds.isAcceptable("line\nbreak")).isFalse();
		assertThat(RequestIds.isAcceptable("x".repeat(129))).isFalse();
		assertThat(RequestIds.isAcceptable(null)).isFalse();
	}

	@Test
	void generatesDistinctPrefixedIds() {
		assertThat(RequestIds.generate()).startsWith("req_").hasSize(24).isNotEqualTo(RequestIds.generate());
	}
}
