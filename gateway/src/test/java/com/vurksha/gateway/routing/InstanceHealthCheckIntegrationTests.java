package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.vurksha.gateway.support.StandInInstance;
import com.vurksha.gateway.support.StandInServices;

/**
 * The order service runs as two instances that the gateway balances itself, asking each for its readiness often: an
 * instance that is killed or not ready gets no calls, and gets them again once it is ready.
 */
@TestPropertySource(properties = "vurksha.routes.health-check.interval=100ms")
class InstanceHealthCheckIntegrationTests extends StandInInstancesTests {

	static final String ORDERS = "/api/v1/orders";

	/** Long enough for a few probes on a busy machine; a limit, not a measurement. */
	static final Duration PROBES = Duration.ofSeconds(20);

	static final StandInServices services = new StandInServices();

	static final StandInInstance first = new StandInInstance();

	static final StandInInstance second = new StandInInstance();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registerInstances(registry, "order", first, second);
	}

	@AfterAll
	static void stopServices() {
		stopAll(services, first, second);
	}

	@BeforeEach
	void bothInstancesReady() {
		if (!second.isRunning()) {
			second.restart();
		}
		first.reset();
		second.reset();
		await().atMost(PROBES).until(() -> instancesDown() == 0);
		connectAsCustomer(services);
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
