package com.vurksha.platform.sms;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingSmsSenderTests {

	@Test
	void masksTheCodeDownToItsLastDigitWhereverTheTextShowsIt() {
		SmsMessage otp = new SmsMessage("t", Map.of("otp", "482913"), "482913 is your Vurksha code (482913)");

		assertThat(LoggingSmsSender.loggableText(otp)).isEqualTo("*****3 is your Vurksha code (*****3)");
	}

	@Test
	void keepsVariablesThatAreNoSecret() {
		SmsMessage out = new SmsMessage("t", Map.of("number", "VK-1042"), "Order VK-1042 is on its way");

		assertThat(LoggingSmsSender.loggableText(out)).isEqualTo("Order VK-1042 is on its way");
	}

	@Test
	void masksThePhoneButForCountryCodeAndLastFourDigits() {
		assertThat(LoggingSmsSender.maskPhone("+919876543210")).isEqualTo("+91******3210");
	}
}
