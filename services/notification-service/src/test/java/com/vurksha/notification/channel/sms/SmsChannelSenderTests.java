package com.vurksha.notification.channel.sms;

import java.net.http.HttpClient;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.vurksha.notification.channel.ChannelMessage;
import com.vurksha.notification.channel.PermanentRefusal;
import com.vurksha.platform.sms.Msg91SmsSender;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Notification texts through the platform's MSG91 sender, against a fake MSG91 on a loopback port. */
class SmsChannelSenderTests {

	private final WireMockServer msg91 = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	private SmsChannelSender sender() {
		msg91.start();
		// HTTP/1.1 as the platform configures it: the JDK client's cleartext HTTP/2 upgrade breaks on WireMock
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(Duration.ofSeconds(20));
		RestClient client = RestClient.builder()
			.requestFactory(requests)
			.baseUrl("http://127.0.0.1:" + msg91.port())
			.defaultHeader("authkey", "test-key")
			.build();
		return new SmsChannelSender(new Msg91SmsSender(client), "flow-notify", "msg91");
	}

	@AfterEach
	void stop() {
		msg91.stop();
	}

	@Test
	void sendsTheWholeTextAsTheGenericTemplatesMessageVariable() {
		SmsChannelSender sender = sender();
		msg91.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(okJson("{\"type\":\"success\",\"message\":\"ok\"}")));

		sender.send(new ChannelMessage("+919812345678", null, "Vurksha: your order VK-1 is confirmed."));

		msg91.verify(postRequestedFor(urlPathEqualTo("/api/v5/flow")).withRequestBody(equalToJson(
				"{\"template_id\":\"flow-notify\",\"short_url\":\"0\",\"recipients\":[{\"mobiles\":\"919812345678\","
						+ "\"message\":\"Vurksha: your order VK-1 is confirmed.\"}]}")));
		assertThat(sender.breakerName()).isEqualTo("sms-msg91");
	}

	@Test
	void aProviderFailureIsAPassingFailure() {
		SmsChannelSender sender = sender();
		msg91.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(aResponse().withStatus(502)));

		assertThat(catchThrowable(() -> sender.send(new ChannelMessage("+919812345678", null, "text")))).isNotNull()
			.isNotInstanceOf(PermanentRefusal.class);
	}
}
