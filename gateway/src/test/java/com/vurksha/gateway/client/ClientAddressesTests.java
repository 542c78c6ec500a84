package com.vurksha.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTests {

	@Test
	void takesThePeerAsTheClientWhenNoProxyIsTrusted() {
		ClientAddresses addresses = new ClientAddresses(new ClientProperties(List.of()));

		MockHttpServletRequest request = request("198.51.100.7", "203.0.113.9");

		assertThat(addresses.clientAddress(request)).isEqualTo("198.51.100.7");
		assertThat(addresses.forwardedFor(request)).isEqualTo("198.51.100.7");
	}

	@Test
	void believesTheChainAddedByATrustedProxy() {
		ClientAddresses addresses = new ClientAddresses(new ClientProperties(List.of("10.0.0.5")));

		MockHttpServletRequest request = request("10.0.0.5", "203.0.113.9");

		assertThat(addresses.clientAddress(request)).isEqualTo("203.0.113.9");
		assertThat(addresses.forwardedFor(request)).isEqualTo("203.0.113.9, 10.0.0.5");
	}

	@Test
	void ignoresWhatTheClientWroteBeforeTheTrustedProxy() {
		ClientAddresses addresses = new ClientAddresses(new ClientProperties(List.of("10.0.0.5")));

		MockHttpServletRequest request = request("10.0.0.5", "1.2.3.4, 203.0.113.9");

		assertThat(addresses.clientAddress(request)).isEqualTo("203.0.113.9");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader(ClientAddresses.FORWARDED_FOR, forwardedFor);
		return request;
	}
}
