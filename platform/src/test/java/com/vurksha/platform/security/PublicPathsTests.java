package com.vurksha.platform.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicPathsTests {

	@Test
	void matchesAPatternForEveryMethod() {
		RequestMatcher matcher = PublicPaths.parse("/api/v1/products/**");

		assertThat(matcher.matches(request("GET", "/api/v1/products/p1"))).isTrue();
		assertThat(matcher.matches(request("DELETE", "/api/v1/products/p1"))).isTrue();
		assertThat(matcher.matches(request("GET", "/api/v1/orders"))).isFalse();
	}

	@Test
	void matchesAMethodAndPatternOnlyForThatMethod() {
		RequestMatcher matcher = PublicPaths.parse(" post   /api/v1/auth/otp/request ");

		assertThat(matcher.matches(request("POST", "/api/v1/auth/otp/request"))).isTrue();
		assertThat(matcher.matches(request("GET", "/api/v1/auth/otp/request"))).isFalse();
	}

	@Test
	void alwaysOpensHealthMetricsAndApiDocs() {
		assertThat(PublicPaths.matchers(java.util.List.of()))
			.anySatisfy(m -> assertThat(m.matches(request("GET", "/actuator/health/readiness"))).isTrue())
			.anySatisfy(m -> assertThat(m.matches(request("GET", "/actuator/prometheus"))).isTrue())
			.anySatisfy(m -> assertThat(m.matches(request("GET", "/v3/api-docs/public"))).isTrue())
			.noneSatisfy(m -> assertThat(m.matches(request("GET", "/actuator/env"))).isTrue());
	}

	@Nested
	class RefusesAtStartUp {

		@Test
		void anUnknownMethod() {
			assertThatThrownBy(() -> PublicPaths.parse("FETCH /api/v1/products"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("FETCH /api/v1/products");
		}

		@Test
		void aPatternWithoutLeadingSlash() {
			assertThatThrownBy(() -> PublicPaths.parse("api/v1/products")).isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void anEmptyEntry() {
			assertThatThrownBy(() -> PublicPaths.parse(" ")).isInstanceOf(IllegalArgumentException.class);
		}
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRequestURI(path);
		return request;
	}
}
