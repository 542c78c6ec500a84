package com.vurksha.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Instants on the pages are India time, whichever form the owner gave them in. */
class IndiaTimeTests {

	private final IndiaTime time = new IndiaTime();

	@Test
	void showsInstantsAndIsoTextInIndiaTime() {
		assertThat(time.format(Instant.parse("2026-12-07T05:00:00Z"))).isEqualTo("07 Dec 10:30");
		assertThat(time.format("2026-12-07T20:15:00Z")).isEqualTo("08 Dec 01:45");
	}

	@Test
	void showsNothingAsADashAndOtherTextAsItIs() {
		assertThat(time.format(null)).isEqualTo("-");
		assertThat(time.format("")).isEqualTo("-");
		assertThat(time.format("soon")).isEqualTo("soon");
	}
}
