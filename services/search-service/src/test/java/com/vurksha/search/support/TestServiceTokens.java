package com.vurksha.search.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.vurksha.platform.http.ServiceTokens;
import com.vurksha.platformtest.TestTokens;

/**
 * The service under test calls the product service's internal endpoints with service tokens signed by the test key,
 * without a user service to ask.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestServiceTokens {

	public static final String CLIENT_ID = "search-service";

	@Bean
	ServiceTokens testServiceTokens() {
		return audience -> TestTokens.service(CLIENT_ID, audience, "products:read", "products:search");
	}
}
