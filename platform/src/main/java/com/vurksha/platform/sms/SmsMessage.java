package com.vurksha.platform.sms;

import java.util.Map;

/**
 * One text message. Indian operators deliver only pre-registered (DLT) templates, so the provider is given the
 * approved template and its variables; {@code text} is the same message rendered, for logs and stand-ins.
 *
 * @param templateId the provider's id of the approved template
 * @param variables the template's variables by name, such as {@code otp}
 * @param text the message as the recipient reads it
 */
public record SmsMessage(String templateId, Map<String, String> variables, String text) {

	public SmsMessage {
		variables = Map.copyOf(variables);
	}
}
