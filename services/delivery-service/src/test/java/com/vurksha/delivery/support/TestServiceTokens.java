package com.vurksha.delivery.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.vurksha.platform.http.ServiceTokens;
import com.vurksha.platformtest.TestTokens;

/**
 * The service under test calls the file service's internal endpoint with service tokens signed by the test key (as
 * the user service's client-credentials grant would issue them), without a user service to ask.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestServiceTokens {

	public static final String CLIENT_ID = "delivery-service";

	@Bean
	ServiceTokens testServiceTokens() {
		return audience -> TestTokens.service(CLIENT_ID, audience, "files:read");
	}
}
