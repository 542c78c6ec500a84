package com.vurksha.gateway.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Finds the caller's address and the {@code X-Forwarded-For} chain to pass on. A client can write anything into
 * {@code X-Forwarded-For}, so entries are believed only as far as they were added by proxies we trust: walking
 * the chain from the right, the first address that is not a trusted proxy is the client.
 */
@Component
public class ClientAddresses {

	public static final String FORWARDED_FOR = "X-Forwarded-For";

	private final Set<String> trustedProxies;

	public ClientAddresses(ClientProperties properties) {
		this.trustedProxies = Set.copyOf(properties.trustedProxies());
	}

	/** The address the per-IP limits of the gateway and of the services apply to. */
	public String clientAddress(HttpServletRequest request) {
		List<String> chain = chain(request);
		for (int i = chain.size() - 1; i > 0; i--) {
			if (!trustedProxies.contains(chain.get(i))) {
				return chain.get(i);
			}
		}
		return chain.get(0);
	}

	/** The {@code X-Forwarded-For} value to send downstream: the believable chain ending with our peer. */
	public String forwardedFor(HttpServletRequest request) {
		return String.join(", ", chain(request));
	}

	private List<String> chain(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		List<String> chain = new ArrayList<>();
		String header = request.getHeader(FORWARDED_FOR);
		if (trustedProxies.contains(peer) && StringUtils.hasText(header)) {
			Arrays.stream(header.split(",")).map(String::trim).filter(StringUtils::hasText).forEach(chain::add);
		}
		chain.add(peer);
		return chain;
	}
}
