package com.vurksha.user.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.user.phone.PhoneNumber;

/**
 * Stands in for the SMS gateway on a developer's machine. The code is masked down to its last digit because logs
 * travel further than SMS; developers sign in with the configured test numbers instead.
 */
public class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void sendOtp(PhoneNumber phone, String code) {
		log.info("SMS to {}: Your Vurksha sign-in code is {}", phone.masked(), mask(code));
	}

	static String mask(String code) {
		return "*".repeat(code.length() - 1) + code.charAt(code.length() - 1);
	}
}
