package com.vurksha.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	static final byte[] BODY = """
			{"entity":"event","event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_1","amount":50000}}}}"""
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void signsAsRfc4231TestCaseTwo() {
		// RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
		byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

		assertThat(WebhookSignature.sign(data, "Jefe"))
			.isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void acceptsTheHmacOfTheRawBodyComputedIndependently() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("whsec_rotating".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = HexFormat.of().formatHex(mac.doFinal(BODY));

		assertThat(WebhookSignature.matches(BODY, signature, "whsec_rotating")).isTrue();
	}

	@Test
	void acceptsUpperCaseHex() {
		String signature = WebhookSignature.sign(BODY, "whsec_rotating").toUpperCase();

		assertThat(WebhookSignature.matches(BODY, signature, "whsec_rotating")).isTrue();
	}

	@Nested
	class Rejects {

		@Test
		void aBodyChangedByOneByte() {
			String signature = WebhookSignature.sign(BODY, "whsec_rotating");
			byte[] tampered = BODY.clone();
			tampered[tampered.length - 3] = '1';

			assertThat(WebhookSignature.matches(tampered, signature, "whsec_rotating")).isFalse();
		}

		@Test
		void aSignatureMadeWithAnotherSecret() {
			assertThat(WebhookSignature.matches(BODY, WebhookSignature.sign(BODY, "other"), "whsec_rotating")).isFalse();
		}

		@Test
		void aMissingSignature() {
			assertThat(WebhookSignature.matches(BODY, null, "whsec_rotating")).isFalse();
		}

		@Test
		void anySignatureWhenNoSecretIsConfigured() {
			assertThat(WebhookSignature.matches(BODY, WebhookSignature.sign(BODY, "x"), "")).isFalse();
		}
	}
}
