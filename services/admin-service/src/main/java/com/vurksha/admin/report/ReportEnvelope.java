package com.vurksha.admin.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import com.vurksha.platform.api.Meta;
import com.vurksha.platform.request.RequestIds;

/**
 * The platform's success envelope, whose {@code meta} also says how fresh the report is: {@code dataAsOf}, the time
 * of the last transaction replayed by the least caught-up replica the report read. As {@code text/csv} the same
 * answer is its table, and the freshness is in the {@code X-Data-As-Of} header.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEnvelope<T>(boolean success, T data, ReportMeta meta, @JsonIgnore @Schema(hidden = true) CsvTable csv,
		@JsonIgnore @Schema(hidden = true) String fileName) {

	static <T> ReportEnvelope<T> of(Answer<T> answer, String fileName) {
		return new ReportEnvelope<>(true, answer.data(), ReportMeta.now(answer.dataAsOf()), answer.csv(), fileName);
	}

	/** The platform's {@link Meta} fields, and {@code dataAsOf} (ISO-8601 UTC). */
	public record ReportMeta(String requestId, String timestamp, String version, String dataAsOf) {

		static ReportMeta now(Instant dataAsOf) {
			return new ReportMeta(RequestIds.current(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
					Meta.API_VERSION, dataAsOf.toString());
		}
	}
}
