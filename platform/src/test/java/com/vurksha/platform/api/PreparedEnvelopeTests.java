package com.vurksha.platform.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedEnvelopeTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Meta meta = new Meta("req_abc", "2026-12-04T10:00:00.123Z", Meta.API_VERSION);

	@Test
	void rendersExactlyTheBytesOfTheEnvelopeWithThatMeta() {
		List<Map<String, Object>> items = List.of(Map.of("name", "Onion \"Nashik\"", "price", 3000));
		Pagination pagination = Pagination.of(new PageQuery(1, 20), 41);

		byte[] rendered = PreparedEnvelope.of(json, items, pagination).render(json, meta);

		assertThat(rendered).isEqualTo(json.writeValueAsBytes(new ApiResponse<>(true, items, meta, pagination)));
	}

	@Test
	void rendersAnEnvelopeWithoutPaginationAlike() {
		byte[] rendered = PreparedEnvelope.of(json, "tomato", null).render(json, meta);

		assertThat(rendered).isEqualTo(json.writeValueAsBytes(new ApiResponse<>(true, "tomato", meta, null)));
	}

	@Test
	void keepsEachAnswersOwnMeta() {
		PreparedEnvelope envelope = PreparedEnvelope.of(json, "tomato", null);
		Meta other = new Meta("req_def", "2026-12-04T10:00:05.000Z", Meta.API_VERSION);

		assertThat(json.readTree(envelope.render(json, other)).get("meta").get("requestId").asString())
			.isEqualTo("req_def");
	}

	@Test
	void tagsTheSameContentAlike() {
		assertThat(PreparedEnvelope.of(json, "tomato", null).etag())
			.isEqualTo(PreparedEnvelope.of(json, "tomato", null).etag())
			.matches("W/\"[0-9a-f]{32}\"");
	}

	@Test
	void tagsDifferentContentDifferently() {
		assertThat(PreparedEnvelope.of(json, "tomato", null).etag())
			.isNotEqualTo(PreparedEnvelope.of(json, "okra", null).etag());
	}

	@Test
	void tagsAnotherPageOfTheSameItemsDifferently() {
		List<String> items = List.of("a");

		assertThat(PreparedEnvelope.of(json, items, Pagination.of(new PageQuery(1, 1), 2)).etag())
			.isNotEqualTo(PreparedEnvelope.of(json, items, Pagination.of(new PageQuery(2, 1), 2)).etag());
	}
}
