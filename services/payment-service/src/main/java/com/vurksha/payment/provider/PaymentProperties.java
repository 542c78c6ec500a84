package com.vurksha.payment.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which provider takes payments and how to reach it. Secrets come from the environment ({@code RAZORPAY_*}); only
 * the local profile carries published development values.
 *
 * @param provider {@code razorpay} (default) or {@code simulator} (local runs, no network)
 */
@ConfigurationProperties("vurksha.payments")
public record PaymentProperties(@DefaultValue("razorpay") String provider, @DefaultValue Razorpay razorpay) {

	/**
	 * @param baseUrl the API root (default {@code https://api.razorpay.com})
	 * @param keyId the public key id, also sent to the app's checkout
	 * @param keySecret the API secret for basic authentication
	 * @param webhookSecret the secret the webhook signature is computed with
	 * @param previousWebhookSecret the secret before the last rotation, still accepted while the provider switches
	 */
	public record Razorpay(@DefaultValue("https://api.razorpay.com") String baseUrl, @DefaultValue("") String keyId,
			@DefaultValue("") String keySecret, @DefaultValue("") String webhookSecret,
			@DefaultValue("") String previousWebhookSecret) {
	}
}
