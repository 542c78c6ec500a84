package com.vurksha.user.sms;

import com.vurksha.user.phone.PhoneNumber;

/** Delivers a one-time code to a phone. */
public interface SmsSender {

	/**
	 * Hands the code to the SMS provider.
	 *
	 * @throws SmsDeliveryException when the provider did not accept it
	 */
	void sendOtp(PhoneNumber phone, String code);
}
