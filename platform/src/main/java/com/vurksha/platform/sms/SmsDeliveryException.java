package com.vurksha.platform.sms;

/** The SMS provider did not accept a message: it failed, refused or did not answer in time. */
public class SmsDeliveryException extends RuntimeException {

	public SmsDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

	public SmsDeliveryException(String message) {
		super(message);
	}
}
