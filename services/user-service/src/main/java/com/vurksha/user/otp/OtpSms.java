package com.vurksha.user.otp;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

import com.vurksha.platform.sms.SmsDeliveryException;
import com.vurksha.platform.sms.SmsMessage;
import com.vurksha.platform.sms.SmsProperties;
import com.vurksha.platform.sms.SmsSender;
import com.vurksha.user.phone.PhoneNumber;

/**
 * Turns a sign-in code into the SMS of the approved OTP template ({@code vurksha.sms.msg91.template-id}, with its
 * {@code otp} variable). The template is checked at start-up when MSG91 sends, so a missing id fails the deployment
 * rather than the first customer's sign-in.
 */
@Component
class OtpSms {

	private final SmsSender sender;

	private final String templateId;

	OtpSms(SmsSender sender, SmsProperties properties) {
		this.sender = sender;
		this.templateId = properties.msg91().templateId();
		if (properties.provider() == SmsProperties.Provider.MSG91) {
			Assert.hasText(templateId, "vurksha.sms.msg91.template-id (MSG91_TEMPLATE_ID) must be set to send SMS");
		}
	}

	/** @throws SmsDeliveryException when the provider did not accept the message */
	void send(PhoneNumber phone, String code) {
		sender.send(phone.e164(), message(code));
	}

	SmsMessage message(String code) {
		return new SmsMessage(templateId, Map.of("otp", code), "Your Vurksha sign-in code is " + code);
	}
}
