package com.vurksha.search.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.request.RequestIds;

/**
 * The platform's success envelope, whose {@code meta} also says {@code degraded: true} when the answer came from the
 * product service's database search instead of the index (fewer matches: no typos, synonyms or facets).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchEnvelope<T>(boolean success, T data, SearchMeta meta, Pagination pagination) {

	static <T> SearchEnvelope<T> of(T data, Pagination pagination, boolean degraded) {
		return new SearchEnvelope<>(true, data, SearchMeta.now(degraded), pagination);
	}

	/** The platform's {@link Meta} fields, and {@code degraded} (left out unless true). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SearchMeta(String requestId, String timestamp, String version, Boolean degraded) {

		static SearchMeta now(boolean degraded) {
			return new SearchMeta(RequestIds.current(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
					Meta.API_VERSION, degraded ? Boolean.TRUE : null);
		}
	}
}
