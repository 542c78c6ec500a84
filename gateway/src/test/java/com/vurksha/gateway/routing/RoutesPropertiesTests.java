package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.vurksha.gateway.routing.RoutesProperties.Downstream;

class RoutesPropertiesTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void readsSeveralInstancesFromOneCommaSeparatedValueAsAnEnvironmentVariableGivesThem() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("vurksha.routes.order.instances", "http://10.0.0.1:8084,http://10.0.0.2:8084")));

		Downstream order = binder.bind("vurksha.routes.order", Downstream.class).get();

		assertThat(order.addresses()).containsExactly(URI.create("http://10.0.0.1:8084"),
				URI.create("http://10.0.0.2:8084"));
		assertThat(validator.validate(order)).isEmpty();
	}

	@Test
	void keepsTheOneUriWhenNoInstancesAreGiven() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("vurksha.routes.order.uri", "http://order-service:8084")));

		Downstream order = binder.bind("vurksha.routes.order", Downstream.class).get();

		assertThat(order.addresses()).containsExactly(URI.create("http://order-service:8084"));
		assertThat(order.readTimeout()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void refusesAServiceWithNeitherUriNorInstances() {
		Downstream nowhere = new Downstream(null, null, Duration.ofSeconds(5));

		assertThat(validator.validate(nowhere)).extracting(violation -> violation.getMessage())
			.containsExactly("needs a uri or a list of instances");
	}
}
