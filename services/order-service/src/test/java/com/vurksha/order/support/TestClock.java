package com.vurksha.order.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's clock with one the tests move. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}
}
