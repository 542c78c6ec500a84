package com.vurksha.user.signin;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	@Test
	void takesTheFirstHopOfXForwardedForThatTheGatewaySets() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.0.0.5");
		request.addHeader("X-Forwarded-For", " 203.0.113.7 , 10.0.0.9");
		assertThat(ClientAddresses.of(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void usesTheRemoteAddressWithoutTheHeader() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("198.51.100.4");
		assertThat(ClientAddresses.of(request)).isEqualTo("198.51.100.4");
	}

	@Test
	void ignoresAnEmptyOrAbsurdlyLongHeader() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("198.51.100.4");
		request.addHeader("X-Forwarded-For", "x".repeat(200));
		assertThat(ClientAddresses.of(request)).isEqualTo("198.51.100.4");
	}
}
