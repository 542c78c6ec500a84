package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import com.vurksha.gateway.routing.RoutesProperties.Downstream;

class ServiceInstancesTests {

	static final URI FIRST = URI.create("http://10.0.0.1:8084");

	static final URI SECOND = URI.create("http://10.0.0.2:8084");

	static final URI THIRD = URI.create("http://10.0.0.3:8084");

	final MeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void takesTheInstancesInTurn() {
		ServiceInstances instances = new ServiceInstances("order", List.of(FIRST, SECOND, THIRD), meters);

		assertThat(chosen(instances, 6)).containsExactly(FIRST, SECOND, THIRD, FIRST, SECOND, THIRD);
	}

	@Test
	void skipsAnInstanceThatIsDownAndCountsIt() {
		ServiceInstances instances = new ServiceInstances("order", List.of(FIRST, SECOND, THIRD), meters);

		instances.all().get(1).markDown("connection refused");
		instances.all().get(1).markDown("connection refused again");

		assertThat(chosen(instances, 6)).doesNotContain(SECOND).contains(FIRST, THIRD);
		assertThat(meters.get(ServiceInstances.DOWN_GAUGE).tag("service", "order").gauge().value()).isEqualTo(1);
		assertThat(meters.get(ServiceInstances.MARKED_DOWN_COUNTER).tag("service", "order").counter().count())
			.isEqualTo(1);
	}

	@Test
	void sendsCallsToAnInstanceAgainOnceItIsUp() {
		ServiceInstances instances = new ServiceInstances("order", List.of(FIRST, SECOND), meters);
		instances.all().get(1).markDown("readiness answered 503");

		instances.all().get(1).markUp();

		assertThat(chosen(instances, 4)).contains(FIRST, SECOND);
		assertThat(meters.get(ServiceInstances.DOWN_GAUGE).tag("service", "order").gauge().value()).isZero();
	}

	@Test
	void triesAllInTurnWhenNoneIsUp() {
		ServiceInstances instances = new ServiceInstances("order", List.of(FIRST, SECOND), meters);
		instances.all().forEach(instance -> instance.markDown("connection refused"));

		assertThat(chosen(instances, 4)).containsExactly(FIRST, SECOND, FIRST, SECOND);
	}

	@Test
	void retriesOnAnotherInstancePreferablyOneThatIsUp() {
		ServiceInstances instances = new ServiceInstances("order", List.of(FIRST, SECOND, THIRD), meters);
		Instance failed = instances.all().get(0);
		instances.all().get(1).markDown("connection refused");

		for (int i = 0; i < 4; i++) {
			assertThat(instances.other(failed)).map(Instance::address).contains(THIRD);
		}
	}

	@Test
	void balancesOnlyServicesWithSeveralInstances() {
		Downstream single = new Downstream(FIRST, null, Duration.ofSeconds(5));
		Downstream pair = new Downstream(FIRST, List.of(SECOND, THIRD), Duration.ofSeconds(5));

		BalancedServices balanced = new BalancedServices(Map.of("user", single, "order", pair), meters);

		assertThat(balanced.of("user")).isEmpty();
		assertThat(balanced.of("order")).get()
			.extracting(instances -> instances.all().stream().map(Instance::address).toList())
			.isEqualTo(List.of(SECOND, THIRD));
		assertThat(single.addresses()).containsExactly(FIRST);
	}

	private static List<URI> chosen(ServiceInstances instances, int times) {
		return IntStream.range(0, times).mapToObj(i -> instances.choose().address()).toList();
	}
}
