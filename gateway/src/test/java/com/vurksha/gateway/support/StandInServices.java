package com.vurksha.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.vurksha.platformtest.TestInfrastructure;

/**
 * The services as the gateway sees them: HTTP servers on loopback. The user stand-in publishes
 * the JWKS of {@link #tokens}. Redis is the machine's real server, under a key prefix of this test's own.
 */
public final class StandInServices {

	public final WireMockServer user = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final WireMockServer product = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	/** Stands in for the cart, order, payment and delivery services at once. */
	public final WireMockServer ordering = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final WireMockServer notification = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final WireMockServer search = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final WireMockServer file = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final WireMockServer admin = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	public final Tokens tokens = new Tokens();

	public final String redisKeyPrefix = "test:gw:" + UUID.randomUUID().toString().substring(0, 8) + ":";

	public StandInServices() {
		user.start();
		product.start();
		ordering.start();
		notification.start();
		search.start();
		file.start();
		admin.start();
		user.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(tokens.jwks())));
	}

	/** Points the gateway at the stand-ins and at the real Redis. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("vurksha.routes.user.uri", user::baseUrl);
		registry.add("vurksha.routes.product.uri", product::baseUrl);
		for (String service : new String[] { "cart", "order", "payment", "delivery" }) {
			registry.add("vurksha.routes." + service + ".uri", ordering::baseUrl);
		}
		registry.add("vurksha.routes.notification.uri", notification::baseUrl);
		registry.add("vurksha.routes.search.uri", search::baseUrl);
		registry.add("vurksha.routes.file.uri", file::baseUrl);
		registry.add("vurksha.routes.admin.uri", admin::baseUrl);
		registry.add("vurksha.security.jwks-uri", () -> user.baseUrl() + "/.well-known/jwks.json");
		registry.add("spring.data.redis.host", () -> TestInfrastructure.HOST);
		registry.add("spring.data.redis.port", TestInfrastructure::redisPort);
		registry.add("vurksha.redis.key-prefix", () -> redisKeyPrefix);
	}

	public void stop() {
		user.stop();
		product.stop();
		ordering.stop();
		notification.stop();
		search.stop();
		file.stop();
		admin.stop();
	}
}
