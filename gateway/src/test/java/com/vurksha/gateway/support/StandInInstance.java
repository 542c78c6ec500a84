package com.vurksha.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

/**
 * One instance of a service that runs as several: an HTTP server on loopback that says it is ready, answers every
 * API and internal call with a small JSON envelope naming its port, and can be stopped (its port then refuses connections) and started again on
 * the same port.
 */
public final class StandInInstance {

	public static final String READINESS = "/actuator/health/readiness";

	private WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final int port;

	public StandInInstance() {
		server.start();
		port = server.port();
		answerEverything();
	}

	public int port() {
		return port;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Stops the server: connections to its port are refused, as after a {@code kill -9}. */
	public void stop() {
		server.stop();
	}

	/** Starts a fresh server on the same port, ready and answering as at first. */
	public void restart() {
		server = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
		server.start();
		answerEverything();
	}

	public boolean isRunning() {
		return server.isRunning();
	}

	/** Back to ready and answering everything, with no requests remembered. */
	public void reset() {
		server.resetAll();
		answerEverything();
	}

	public void stubFor(MappingBuilder mapping) {
		server.stubFor(mapping);
	}

	/** Says it is not ready (503), as an instance that is starting or draining does. */
	public void notReady() {
		server.stubFor(get(urlEqualTo(READINESS)).atPriority(1)
			.willReturn(aResponse().withStatus(503).withBody("{\"status\":\"OUT_OF_SERVICE\"}")));
	}

	/** How many calls to paths matching the pattern it received, readiness probes apart. */
	public int received(String pathPattern) {
		return server.findAll(anyRequestedFor(urlPathMatching(pathPattern))).size();
	}

	private void answerEverything() {
		server.stubFor(get(urlEqualTo(READINESS)).atPriority(5)
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\"}")));
		server.stubFor(any(urlPathMatching("/(api|internal)/.*")).atPriority(10)
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"success\":true,\"data\":{\"port\":" + port + "}}")));
	}
}
