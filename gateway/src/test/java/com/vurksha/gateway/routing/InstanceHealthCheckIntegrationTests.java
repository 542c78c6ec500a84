package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInInstance;
import com.vurksha.gateway.support.StandInServices;

/**
 * The order service runs as two instances that the gateway balances itself, asking each for its readiness often: an
 * instance that is killed or not ready gets no calls, and gets them again once it is ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.rate-limit.anonymous.per-second=1000", "vurksha.rate-limit.anonymous.burst=1000",
				"vurksha.rate-limit.user.per-second=1000", "vurksha.rate-limit.user.burst=1000",
				"vurksha.routes.health-check.interval=100ms" })
class InstanceHealthCheckIntegrationTests {

	static final String ORDERS = "/api/v1/orders";

	/** Long enough for a few probes on a busy machine; a limit, not a measurement. */
	static final Duration PROBES = Duration.ofSeconds(20);

	static final StandInServices services = new StandInServices();

	static final StandInInstance first = new StandInInstance();

	static final StandInInstance second = new StandInInstance();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	GatewayClient client;

	String token;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("vurksha.routes.order.instances", () -> first.baseUrl() + "," + second.baseUrl());
	}

	@AfterAll
	static void stopServices() {
		services.stop();
		first.stop();
		if (second.isRunning()) {
			second.stop();
		}
	}

	@BeforeEach
	void bothInstancesReady() {
		if (!second.isRunning()) {
			second.restart();
		}
		first.reset();
		second.reset();
		await().atMost(PROBES).until(() -> instancesDown() == 0);
		client = new GatewayClient(port);
		token = "Bearer " + services.tokens.customer("usr_1");
	}

	@Test
	void balancesCallsAcrossBothInstances() {
		assertThat(getOrders(10)).containsOnly(200);

		assertThat(first.received(ORDERS)).isPositive();
		assertThat(second.received(ORDERS)).isPositive();
		assertThat(first.received(ORDERS) + second.received(ORDERS)).isEqualTo(10);
	}

	@Test
	void takesAKilledInstanceOutAndSendsItCallsAgainOnceItIsBack() {
		second.stop();
		await().atMost(PROBES).until(() -> instancesDown() == 1);

		assertThat(getOrders(10)).containsOnly(200);
		assertThat(first.received(ORDERS)).isEqualTo(10);

		second.restart();
		await().atMost(PROBES).until(() -> instancesDown() == 0);

		assertThat(getOrders(10)).containsOnly(200);
		assertThat(second.received(ORDERS)).isPositive();
	}

	@Test
	void sendsNoCallsToAnInstanceThatIsNotReadyUntilItIs() {
		second.notReady();
		await().atMost(PROBES).until(() -> instancesDown() == 1);

		assertThat(getOrders(10)).containsOnly(200);
		assertThat(second.received(ORDERS)).isZero();

		second.reset();
		await().atMost(PROBES).until(() -> instancesDown() == 0);

		assertThat(getOrders(10)).containsOnly(200);
		assertThat(second.received(ORDERS)).isPositive();
	}

	private List<Integer> getOrders(int times) {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			statuses.add(client.get(ORDERS + "?page=1", "Authorization", token).status());
		}
		return statuses;
	}

	private double instancesDown() {
		return meters.get(ServiceInstances.DOWN_GAUGE).tag("service", "order").gauge().value();
	}
}
