package com.vurksha.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceHostProcessTests {

	@Test
	void namesTheApplicationThatFailedAndWhy() {
		assertThat(ServiceHostProcess.failure("FAILED order: PSQLException: FATAL: database \"x\" does not exist"))
			.isEqualTo("The order service did not start: PSQLException: FATAL: database \"x\" does not exist");
		assertThat(ServiceHostProcess.failure("FAILED gateway: BindException: Address already in use"))
			.isEqualTo("The gateway did not start: BindException: Address already in use");
	}

	@Test
	void otherLinesSayNothingOfAFailure() {
		assertThat(ServiceHostProcess.failure("[order] ERROR FAILED to publish")).isNull();
		assertThat(ServiceHostProcess.failure("All 8 applications started")).isNull();
	}

	@Test
	void givesEachSettingAsACommandLineArgument() {
		assertThat(ServiceHostProcess.arguments(Map.of("server.port", "8084")))
			.containsExactly("--server.port=8084");
	}
}
