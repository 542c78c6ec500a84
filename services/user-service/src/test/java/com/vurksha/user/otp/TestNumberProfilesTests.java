package com.vurksha.user.otp;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import com.vurksha.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which profile's configuration holds the numbers that sign in with a fixed code: the local profile has the demo
 * accounts and the hundred bench customers, the default (production) configuration none.
 */
class TestNumberProfilesTests {

	@Test
	void defaultConfigurationAcceptsNoFixedCode() throws IOException {
		assertThat(testNumbersIn("application.yml")).isEmpty();
	}

	@Test
	void localProfileHasTheHundredBenchCustomers() throws IOException {
		List<String> benchCustomers = IntStream.range(1000, 1100).mapToObj(n -> "+91900000" + n).toList();

		List<OtpProperties.TestNumber> local = testNumbersIn("application-local.yml");

		assertThat(local).filteredOn(number -> benchCustomers.contains(number.phone()))
			.hasSize(100)
			.allSatisfy(number -> {
				assertThat(number.code()).isEqualTo("123456");
				assertThat(number.roles()).containsExactly(Role.CUSTOMER);
			});
	}

	private static List<OtpProperties.TestNumber> testNumbersIn(String file) throws IOException {
		Binder binder = new Binder(ConfigurationPropertySources
			.from(new YamlPropertySourceLoader().load(file, new ClassPathResource(file))));
		return binder.bind("vurksha.otp.test-numbers", Bindable.listOf(OtpProperties.TestNumber.class))
			.orElse(List.of());
	}
}
