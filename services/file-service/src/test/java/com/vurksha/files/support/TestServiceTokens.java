package com.vurksha.files.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.vurksha.platform.http.ServiceTokens;
import com.vurksha.platformtest.TestTokens;

/** The service under test calls the delivery service with service tokens signed by the test key. */
@TestConfiguration(proxyBeanMethods = false)
public class TestServiceTokens {

	public static final String CLIENT_ID = "file-service";

	@Bean
	ServiceTokens testServiceTokens() {
		return audience -> TestTokens.service(CLIENT_ID, audience, "deliveries:read");
	}
}
