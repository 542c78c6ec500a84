package com.vurksha.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceProcessTests {

	@Test
	void showsLevelAndMessageOfAJsonLogLine() {
		String line = "{\"@timestamp\":\"2026-11-25T13:27:21Z\",\"message\":\"Started App in 2 seconds \\\"fast\\\"\","
				+ "\"logger_name\":\"x\",\"level\":\"INFO\"}";

		assertThat(ServiceProcess.readable(line)).isEqualTo("INFO Started App in 2 seconds \\\"fast\\\"");
	}

	@Test
	void leavesPlainLinesAsTheyAre() {
		assertThat(ServiceProcess.readable("Exception in thread main")).isEqualTo("Exception in thread main");
	}
}
