package com.vurksha.notification.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Firebase on a loopback port: Google's token endpoint for the JWT-bearer grant and FCM's send endpoint, with a
 * service account whose key was generated for this run and whose {@code token_uri} points here.
 */
public final class FakeFcm {

	public static final String PROJECT = "vurksha-test";

	public static final String SEND_PATH = "/v1/projects/" + PROJECT + "/messages:send";

	public static final String TOKEN_PATH = "/token";

	public static final String ACCESS_TOKEN = "ya29.test-access-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WireMockServer server;

	private final KeyPair key;

	public FakeFcm() {
		server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		key = rsaKey();
		issuesTokens();
		accepts();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.port();
	}

	public RSAPublicKey publicKey() {
		return (RSAPublicKey) key.getPublic();
	}

	/** The service account's JSON key file, as Firebase hands it out. */
	public String serviceAccountJson() {
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
		return JSON.writeValueAsString(Map.of("type", "service_account", "project_id", PROJECT, "private_key_id",
				"key-1", "private_key", pem, "client_email", "fcm@" + PROJECT + ".iam.gserviceaccount.com",
				"token_uri", baseUrl() + TOKEN_PATH));
	}

	public void issuesTokens() {
		server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
	}

	/** Every push is accepted from now on. */
	public void accepts() {
		server.stubFor(post(urlPathEqualTo(SEND_PATH))
			.willReturn(okJson("{\"name\":\"projects/" + PROJECT + "/messages/0:1\"}")));
	}

	/** Every push fails with 503 from now on, as FCM does during an outage. */
	public void unavailable() {
		server.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":503,\"status\":\"UNAVAILABLE\"}}")));
	}

	/** Every push is refused as FCM refuses a token whose app was uninstalled. */
	public void unregistered() {
		server.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":"
					+ "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}")));
	}

	public int sendsReceived() {
		return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(SEND_PATH)).build()).getCount();
	}

	public int tokenExchanges() {
		return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).build()).getCount();
	}

	public WireMockServer server() {
		return server;
	}

	public void stop() {
		server.stop();
	}

	private static KeyPair rsaKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
