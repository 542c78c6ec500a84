package com.vurksha.user.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingSmsSenderTests {

	@Test
	void masksTheCodeDownToItsLastDigit() {
		assertThat(LoggingSmsSender.mask("482913")).isEqualTo("*****3");
	}
}
