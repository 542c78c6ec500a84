package com.vurksha.user.support;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A stand-in for MSG91 on loopback, shared by all test classes of the JVM. It accepts every message unless a test
 * makes it fail for one number, and lets tests read the code a number was sent, as the customer would.
 */
public final class SmsGateway {

	public static final String AUTH_KEY = "test-auth-key";

	public static final String TEMPLATE_ID = "tmpl-otp-1";

	/**
	 * The service's read timeout towards the stand-in: generous, because a loaded build machine can take over a
	 * second for the first answer of a fresh JVM, and a flaky 503 would fail unrelated tests.
	 */
	public static final String READ_TIMEOUT = "3s";

	/** A delay the service gives up on. */
	public static final int LATER_THAN_READ_TIMEOUT_MILLIS = 4_500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final WireMockServer SERVER = start();

	private SmsGateway() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	public static String baseUrl() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	/** The code in the latest message to {@code e164}, or fails when none was sent. */
	public static String lastCodeSentTo(String e164) {
		List<JsonNode> messages = messagesTo(e164);
		if (messages.isEmpty()) {
			throw new AssertionError("No SMS was sent to " + e164);
		}
		return messages.get(messages.size() - 1).get("recipients").get(0).get("otp").asString();
	}

	public static int messagesSentTo(String e164) {
		return messagesTo(e164).size();
	}

	private static List<JsonNode> messagesTo(String e164) {
		String digits = e164.substring(1);
		return SERVER.findAll(postRequestedFor(urlEqualTo("/api/v5/flow")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(JSON::readTree)
			.filter(body -> digits.equals(body.get("recipients").get(0).get("mobiles").asString()))
			.toList();
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		server.stubFor(post(urlEqualTo("/api/v5/flow"))
			.atPriority(10)
			.willReturn(okJson("{\"type\":\"success\",\"message\":\"3763646c3058373530393235\"}")));
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sms-gateway-stop"));
		return server;
	}

	/** Makes messages to one number fail with {@code status}, or with a delay longer than the read timeout. */
	public static StubMapping failFor(String e164, int status, int delayMillis, String body) {
		return SERVER.stubFor(post(urlEqualTo("/api/v5/flow"))
			.atPriority(1)
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
				.matchingJsonPath("$.recipients[0].mobiles",
						com.github.tomakehurst.wiremock.client.WireMock.equalTo(e164.substring(1))))
			.willReturn(aResponse().withStatus(status)
				.withFixedDelay(delayMillis)
				.withHeader("Content-Type", "application/json")
				.withBody(body)));
	}
}
