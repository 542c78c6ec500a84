package com.vurksha.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventFieldsTests {

	private static final JsonNode PAYLOAD = JsonMapper.builder()
		.build()
		.readTree("{\"orderId\":\"o-1\",\"blank\":\"  \",\"none\":null,\"at\":\"2026-11-25T10:00:00Z\",\"bad\":\"soon\"}");

	@Test
	void readsPresentText() {
		assertThat(EventFields.text(PAYLOAD, "orderId")).contains("o-1");
	}

	@Test
	void treatsMissingNullAndBlankFieldsAsAbsent() {
		assertThat(EventFields.text(PAYLOAD, "missing")).isEmpty();
		assertThat(EventFields.text(PAYLOAD, "none")).isEmpty();
		assertThat(EventFields.text(PAYLOAD, "blank")).isEmpty();
		assertThat(EventFields.text(null, "orderId")).isEmpty();
	}

	@Test
	void readsInstantsAndTreatsUnparsableOnesAsAbsent() {
		assertThat(EventFields.instant(PAYLOAD, "at")).contains(Instant.parse("2026-11-25T10:00:00Z"));
		assertThat(EventFields.instant(PAYLOAD, "bad")).isEmpty();
		assertThat(EventFields.instant(PAYLOAD, "missing")).isEmpty();
	}
}
