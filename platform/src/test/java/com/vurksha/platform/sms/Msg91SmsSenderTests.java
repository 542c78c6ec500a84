package com.vurksha.platform.sms;

import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MSG91 sender, built by the auto-configuration, against a WireMock stand-in for MSG91 on loopback. */
class Msg91SmsSenderTests {

	private static final SmsMessage ORDER_OUT = new SmsMessage("tmpl-out-1",
			Map.of("number", "VK-1042", "rider", "Ravi"), "Order VK-1042 is on its way with Ravi");

	private final WireMockServer msg91 = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	@BeforeEach
	void start() {
		msg91.start();
	}

	@AfterEach
	void stop() {
		msg91.stop();
	}

	@Test
	void postsTheTemplateWithItsVariablesAsRecipientFields() {
		msg91.stubFor(post(urlEqualTo("/api/v5/flow")).willReturn(okJson("{\"type\":\"success\",\"message\":\"id\"}")));

		withSender(sender -> sender.send("+919876543210", ORDER_OUT));

		LoggedRequest sent = msg91.findAll(postRequestedFor(urlEqualTo("/api/v5/flow"))).get(0);
		JsonNode body = JsonMapper.builder().build().readTree(sent.getBodyAsString());
		assertThat(sent.getHeader("authkey")).isEqualTo("key-1");
		assertThat(body.get("template_id").asString()).isEqualTo("tmpl-out-1");
		JsonNode recipient = body.get("recipients").get(0);
		assertThat(recipient.get("mobiles").asString()).isEqualTo("919876543210");
		assertThat(recipient.get("number").asString()).isEqualTo("VK-1042");
		assertThat(recipient.get("rider").asString()).isEqualTo("Ravi");
		assertThat(body.has("text")).isFalse();
	}

	@Nested
	class WhenMsg91DoesNotAccept {

		@Test
		void failsOnAServerError() {
			msg91.stubFor(post(urlEqualTo("/api/v5/flow")).willReturn(aResponse().withStatus(502)));

			assertRefused();
		}

		@Test
		void failsWhenTheBodySaysError() {
			msg91.stubFor(post(urlEqualTo("/api/v5/flow"))
				.willReturn(okJson("{\"type\":\"error\",\"message\":\"Invalid template\"}")));

			withSender(sender -> assertThatThrownBy(() -> sender.send("+919876543210", ORDER_OUT))
				.isInstanceOf(SmsDeliveryException.class)
				.hasMessageContaining("Invalid template"));
		}

		@Test
		void failsWhenTheAnswerIsLaterThanTheReadTimeout() {
			msg91.stubFor(post(urlEqualTo("/api/v5/flow"))
				.willReturn(okJson("{\"type\":\"success\"}").withFixedDelay(5_000)));

			withSender("1s", sender -> assertThatThrownBy(() -> sender.send("+919876543210", ORDER_OUT))
				.isInstanceOf(SmsDeliveryException.class));
		}

		private void assertRefused() {
			withSender(sender -> assertThatThrownBy(() -> sender.send("+919876543210", ORDER_OUT))
				.isInstanceOf(SmsDeliveryException.class)
				.hasMessageContaining("MSG91"));
		}
	}

	/** Generous, because a loaded build machine can take seconds over WireMock's first answer. */
	private void withSender(Consumer<SmsSender> test) {
		withSender("10s", test);
	}

	private void withSender(String readTimeout, Consumer<SmsSender> test) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SmsAutoConfiguration.class))
			.withPropertyValues("vurksha.sms.provider=msg91", "vurksha.sms.msg91.auth-key=key-1",
					"vurksha.sms.msg91.base-url=http://127.0.0.1:" + msg91.port(),
					"vurksha.sms.msg91.read-timeout=" + readTimeout)
			.run(context -> test.accept(context.getBean(SmsSender.class)));
	}
}
