package com.vurksha.gateway.admission;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the admission filter just before the security filters, after the request id and trace are set. */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

	@Bean
	FilterRegistrationBean<AdmissionFilter> admissionFilter(AdmissionProperties properties, MeterRegistry meters) {
		List<RouteLimit> limits = properties.groups().stream().map(group -> new RouteLimit(group, meters)).toList();
		FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(
				new AdmissionFilter(limits, properties.maxWait(), properties.retryAfter()));
		registration.setOrder(ORDER);
		return registration;
	}
}
