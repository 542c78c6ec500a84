package com.vurksha.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults that decide how a service lives through a broken dependency, as the failure drills need them. */
class PlatformDefaultsTests {

	private final Properties defaults = load();

	@Nested
	class Database {

		@Test
		void shedsARequestAfterAShortWaitForAPooledConnection() {
			assertThat(millis("spring.datasource.hikari.connection-timeout")).isLessThanOrEqualTo(3000);
		}

		@Test
		void dropsBrokenConnectionsAfterAFailOverByItself() {
			assertThat(millis("spring.datasource.hikari.validation-timeout")).isLessThan(
					millis("spring.datasource.hikari.connection-timeout"));
			assertThat(millis("spring.datasource.hikari.keepalive-time")).isLessThanOrEqualTo(60_000);
		}

		@Test
		void givesUpOnAHungServerAfterOneSocketTimeoutLongerThanTheQueryTimeout() {
			long socketTimeout = seconds("spring.datasource.hikari.data-source-properties.socketTimeout");
			assertThat(socketTimeout).isPositive();
			assertThat(Duration.ofSeconds(socketTimeout))
				.isGreaterThan(DurationStyle.detectAndParse(defaults.getProperty("spring.jdbc.template.query-timeout")));
			assertThat(seconds("spring.datasource.hikari.data-source-properties.connectTimeout")).isBetween(1L, 5L);
		}
	}

	@Nested
	class Broker {

		@Test
		void noticesAHungBrokerWithinSeconds() {
			assertThat(duration("spring.rabbitmq.requested-heartbeat")).isBetween(Duration.ofSeconds(1),
					Duration.ofSeconds(15));
			assertThat(duration("spring.rabbitmq.connection-timeout")).isLessThanOrEqualTo(Duration.ofSeconds(5));
		}

		@Test
		void spreadsConnectionsOverTheClusterNodes() {
			assertThat(defaults.getProperty("spring.rabbitmq.address-shuffle-mode")).isEqualTo("random");
		}

		@Test
		void keepsPublisherConfirmsOnSoNothingIsMarkedSentBeforeTheBrokerHasIt() {
			assertThat(defaults.getProperty("spring.rabbitmq.publisher-confirm-type")).isEqualTo("correlated");
		}
	}

	private long millis(String name) {
		return Long.parseLong(defaults.getProperty(name));
	}

	private long seconds(String name) {
		return Long.parseLong(defaults.getProperty(name));
	}

	private Duration duration(String name) {
		return DurationStyle.detectAndParse(defaults.getProperty(name));
	}

	private static Properties load() {
		try {
			return PropertiesLoaderUtils
				.loadProperties(new ClassPathResource(PlatformDefaultsEnvironmentPostProcessor.RESOURCE));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
