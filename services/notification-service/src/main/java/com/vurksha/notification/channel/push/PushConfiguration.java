package com.vurksha.notification.channel.push;

import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

import com.vurksha.notification.channel.ChannelSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the push sender named by {@code vurksha.notification.push.provider}. FCM gets a plain client with timeouts
 * rather than a platform service client, which could forward a caller's bearer token to a third party.
 */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

	@Bean
	@ConditionalOnProperty(name = "vurksha.notification.push.provider", havingValue = "log")
	ChannelSender logPushSender() {
		return new LogPushSender();
	}

	@Bean
	@ConditionalOnProperty(name = "vurksha.notification.push.provider", havingValue = "fcm", matchIfMissing = true)
	ChannelSender fcmPushSender(PushProperties properties, JsonMapper json, Clock clock) {
		PushProperties.Fcm fcm = properties.fcm();
		ServiceAccount account = ServiceAccount.parse(fcm.serviceAccount(), json);
		RestClient client = client(fcm);
		FcmAccessTokens tokens = new FcmAccessTokens(account, client, clock, fcm.tokenRefreshMargin());
		String project = StringUtils.hasText(fcm.projectId()) ? fcm.projectId() : account.projectId();
		return new FcmPushSender(client.mutate().baseUrl(fcm.baseUrl().toString()).build(), tokens, project, json);
	}

	static RestClient client(PushProperties.Fcm fcm) {
		// HTTP/1.1 because the JDK client's cleartext HTTP/2 upgrade attempt breaks on some gateways and proxies.
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(fcm.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(fcm.readTimeout());
		return RestClient.builder().requestFactory(requests).build();
	}
}
