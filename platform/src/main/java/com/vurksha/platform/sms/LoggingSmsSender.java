package com.vurksha.platform.sms;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for the SMS provider on a developer's machine. The phone is masked, and so are the values of secret
 * variables (one-time codes) wherever they appear in the text, down to their last character, because logs travel
 * further than SMS; developers sign in with the configured test numbers instead.
 */
public class LoggingSmsSender implements SmsSender {

	/** Template variables that carry one-time codes. */
	static final Set<String> SECRET_VARIABLES = Set.of("otp");

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void send(String e164Phone, SmsMessage message) {
		log.info("SMS to {}: {}", maskPhone(e164Phone), loggableText(message));
	}

	static String loggableText(SmsMessage message) {
		String text = message.text();
		for (String name : SECRET_VARIABLES) {
			String value = message.variables().get(name);
			if (value != null && !value.isEmpty()) {
				text = text.replace(value, mask(value));
			}
		}
		return text;
	}

	/** All but the country code and the last four digits hidden: enough to tell test numbers apart. */
	static String maskPhone(String e164Phone) {
		if (e164Phone.length() <= 7) {
			return "*".repeat(e164Phone.length());
		}
		return e164Phone.substring(0, 3) + "*".repeat(e164Phone.length() - 7)
				+ e164Phone.substring(e164Phone.length() - 4);
	}

	static String mask(String secret) {
		return "*".repeat(secret.length() - 1) + secret.charAt(secret.length() - 1);
	}
}
