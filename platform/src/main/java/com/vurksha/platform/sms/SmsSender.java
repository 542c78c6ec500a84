package com.vurksha.platform.sms;

/** Hands text messages to an SMS provider. */
public interface SmsSender {

	/**
	 * Sends {@code message} to one phone.
	 *
	 * @param e164Phone the number in E.164 form, such as {@code +919876543210}
	 * @throws SmsDeliveryException when the provider did not accept it
	 */
	void send(String e164Phone, SmsMessage message);
}
