package com.vurksha.platformtest;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks, against a service's real endpoint, that an internal endpoint answers only service tokens made for that
 * service with the endpoint's scope: no token is 401; a customer's, rider's or admin's token (also with a customer
 * token as context), a service token for another audience or without the scope are 403 in the error envelope; the
 * right service token gets past authorisation.
 */
public final class InternalEndpoints {

	private InternalEndpoints() {
	}

	/** One internal endpoint and the scope it needs; {@code body} is sent as JSON when not null. */
	public record Endpoint(HttpMethod method, String path, Object body, String scope) {
	}

	public static void assertOnlyServiceTokensPass(Api api, String audience, Endpoint endpoint) {
		String customer = TestTokens.customer();
		HttpHeaders context = TestTokens.customerContext(customer);
		String label = endpoint.method() + " " + endpoint.path();

		assertThat(call(api, endpoint, null, new HttpHeaders()).status()).as(label + " without a token").isEqualTo(401);
		List<String> users = List.of(customer, TestTokens.admin(),
				TestTokens.token("rider-1", List.of("RIDER"), TestTokens.ISSUER, java.time.Duration.ofMinutes(15)));
		for (String user : users) {
			assertForbidden(call(api, endpoint, user, new HttpHeaders()), label + " with a user's token");
			assertForbidden(call(api, endpoint, user, context), label + " with a user's token and a customer context");
		}
		assertForbidden(call(api, endpoint, TestTokens.service("order-service", "another-service", endpoint.scope()),
				context), label + " with a service token for another audience");
		assertForbidden(call(api, endpoint, TestTokens.service("order-service", audience, "some:other-scope"), context),
				label + " with a service token without " + endpoint.scope());

		Reply allowed = call(api, endpoint, TestTokens.service("order-service", audience, endpoint.scope()), context);
		assertThat(allowed.status()).as(label + " with the right service token: " + allowed.body())
			.isNotIn(401, 403)
			.isLessThan(500);
	}

	private static void assertForbidden(Reply reply, String what) {
		assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(403);
		assertThat(reply.errorCode()).as(what).isEqualTo("FORBIDDEN");
	}

	private static Reply call(Api api, Endpoint endpoint, String token, HttpHeaders headers) {
		if (endpoint.method() == HttpMethod.GET) {
			return api.get(endpoint.path(), token, headers);
		}
		return api.send(endpoint.method(), endpoint.path(), token, endpoint.body(), headers);
	}
}
