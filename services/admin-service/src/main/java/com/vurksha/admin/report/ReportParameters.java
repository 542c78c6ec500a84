package com.vurksha.admin.report;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;

/** The report endpoints' query parameters beyond the days: read, or refused with 400 VALIDATION_FAILED. */
final class ReportParameters {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private ReportParameters() {
	}

	static SalesReport.Granularity granularity(String value) {
		return switch (lower(value, "day")) {
			case "day" -> SalesReport.Granularity.DAY;
			case "hour" -> SalesReport.Granularity.HOUR;
			default -> throw invalid("granularity", "must be hour or day");
		};
	}

	static ProductsReport.Ranking ranking(String value) {
		return switch (lower(value, "quantity")) {
			case "quantity" -> ProductsReport.Ranking.QUANTITY;
			case "revenue" -> ProductsReport.Ranking.REVENUE;
			default -> throw invalid("sort", "must be quantity or revenue");
		};
	}

	static int limit(Integer value) {
		int limit = (value != null) ? value : DEFAULT_LIMIT;
		if (limit < 1 || limit > MAX_LIMIT) {
			throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return limit;
	}

	static int threshold(Integer value) {
		int threshold = (value != null) ? value : StockAlertsReport.DEFAULT_THRESHOLD;
		if (threshold < 0 || threshold > 1_000_000) {
			throw invalid("threshold", "must be between 0 and 1000000 packs");
		}
		return threshold;
	}

	/** The representation {@code format} asks for, or null to go by the Accept header. */
	static MediaType format(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "csv" -> ReportCsvConverter.TEXT_CSV;
			case "json" -> MediaType.APPLICATION_JSON;
			default -> throw invalid("format", "must be json or csv");
		};
	}

	private static String lower(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.strip().toLowerCase(Locale.ROOT);
	}

	private static ApiException invalid(String field, String message) {
		return new ApiException(CommonErrorCode.VALIDATION_FAILED, "Invalid value for '" + field + "'")
			.withDetails(List.of(new FieldViolation(field, message)));
	}
}
