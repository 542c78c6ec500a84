package com.vurksha.platform.sms;

import java.net.http.HttpClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Provides the {@link SmsSender} named by {@code vurksha.sms.provider}, and none when it is unset. MSG91 gets a
 * plain client with timeouts rather than a platform service client, because those forward the caller's bearer
 * token, which must never reach a third party.
 */
@AutoConfiguration
@ConditionalOnProperty("vurksha.sms.provider")
@EnableConfigurationProperties(SmsProperties.class)
public class SmsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "vurksha.sms.provider", havingValue = "log")
	SmsSender loggingSmsSender() {
		return new LoggingSmsSender();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "vurksha.sms.provider", havingValue = "msg91")
	SmsSender msg91SmsSender(SmsProperties properties) {
		SmsProperties.Msg91 msg91 = properties.msg91();
		Assert.hasText(msg91.authKey(), "vurksha.sms.msg91.auth-key (MSG91_AUTH_KEY) must be set to send SMS");
		// HTTP/1.1 because the JDK client's cleartext HTTP/2 upgrade attempt breaks on some gateways and proxies.
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(msg91.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(msg91.readTimeout());
		RestClient client = RestClient.builder()
			.requestFactory(requests)
			.baseUrl(msg91.baseUrl().toString())
			.defaultHeader("authkey", msg91.authKey())
			.build();
		return new Msg91SmsSender(client);
	}
}
