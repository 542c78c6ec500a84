package com.vurksha.payment.webhook;

import org.springframework.stereotype.Component;

import com.vurksha.payment.PaymentErrorCode;
import com.vurksha.payment.provider.PaymentProperties;
import com.vurksha.platform.error.ApiException;

/** Accepts a body signed with the current webhook secret, or with the previous one while a rotation is under way. */
@Component
class WebhookVerifier {

	private final PaymentProperties.Razorpay secrets;

	WebhookVerifier(PaymentProperties properties) {
		this.secrets = properties.razorpay();
	}

	void verify(byte[] body, String signature) {
		boolean current = WebhookSignature.matches(body, signature, secrets.webhookSecret());
		boolean previous = WebhookSignature.matches(body, signature, secrets.previousWebhookSecret());
		if (!(current | previous)) {
			throw new ApiException(PaymentErrorCode.WEBHOOK_SIGNATURE_INVALID,
					"The X-Razorpay-Signature header does not match the body");
		}
	}
}
