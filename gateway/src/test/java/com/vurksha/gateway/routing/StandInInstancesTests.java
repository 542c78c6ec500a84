package com.vurksha.gateway.routing;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInInstance;
import com.vurksha.gateway.support.StandInServices;

/**
 * What the tests of a gateway that balances services of several stand-in instances share: rate limits high enough
 * never to answer 429, the instance lists, and a customer calling through the gateway. Each test class keeps its
 * stand-ins in static fields of its own and sets its own health-check interval, as the tests rely on different ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000" })
abstract class StandInInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	GatewayClient client;

	String token;

	/** The instances, in this order, as the gateway's instance list of {@code service}. */
	static void registerInstances(DynamicPropertyRegistry registry, String service, StandInInstance... instances) {
		registry.add("vurksha.routes." + service + ".instances",
				() -> Arrays.stream(instances).map(StandInInstance::baseUrl).collect(Collectors.joining(",")));
	}

	/** Stops the stand-in services and those of the instances still running: a test may have stopped some. */
	static void stopAll(StandInServices services, StandInInstance... instances) {
		services.stop();
		for (StandInInstance instance : instances) {
			if (instance.isRunning()) {
				instance.stop();
			}
		}
	}

	/** A client of the gateway under test, calling as customer usr_1 with a token of {@code services}. */
	void connectAsCustomer(StandInServices services) {
		client = new GatewayClient(port);
		token = "Bearer " + services.tokens.customer("usr_1");
	}
}
