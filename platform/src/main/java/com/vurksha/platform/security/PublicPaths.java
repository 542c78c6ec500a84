package com.vurksha.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths served without a token: those every service exposes (health probes, metrics, API docs, the error
 * page) and those a service lists in {@code vurksha.security.public-paths}.
 */
final class PublicPaths {

	static final List<String> ALWAYS = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error");

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	private PublicPaths() {
	}

	static List<RequestMatcher> matchers(List<String> configured) {
		List<RequestMatcher> matchers = new ArrayList<>();
		ALWAYS.forEach(pattern -> matchers.add(PathPatternRequestMatcher.pathPattern(pattern)));
		configured.forEach(entry -> matchers.add(parse(entry)));
		return matchers;
	}

	/** Reads {@code "/pattern"} or {@code "METHOD /pattern"}; a typo fails start-up rather than open a path. */
	static RequestMatcher parse(String entry) {
		String trimmed = (entry != null) ? entry.trim() : "";
		String[] parts = trimmed.split("\\s+");
		if (parts.length == 1 && parts[0].startsWith("/")) {
			return PathPatternRequestMatcher.pathPattern(parts[0]);
		}
		if (parts.length == 2 && parts[1].startsWith("/") && METHODS.contains(parts[0].toUpperCase(Locale.ROOT))) {
			return PathPatternRequestMatcher.pathPattern(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)),
					parts[1]);
		}
		throw new IllegalArgumentException("vurksha.security.public-paths entry '" + entry
				+ "' is neither \"/pattern\" nor \"METHOD /pattern\"");
	}
}
