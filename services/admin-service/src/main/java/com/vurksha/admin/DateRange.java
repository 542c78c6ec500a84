package com.vurksha.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;

/**
 * Days from {@code from} to {@code to}, both included, in India time: what operators mean by "from the 1st to the
 * 7th". At most {@value #MAX_DAYS} days.
 */
public record DateRange(LocalDate from, LocalDate to) {

	/** Reports and the audit log count days in India time. */
	public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	public static final int MAX_DAYS = 366;

	/**
	 * The range the query asked for: a missing {@code to} is {@code today}, a missing {@code from} is {@code to}.
	 * @throws ApiException 400 VALIDATION_FAILED when {@code from} is after {@code to} or the range is too long
	 */
	public static DateRange of(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end;
		if (start.isAfter(end)) {
			throw invalid("from", "must not be after to");
		}
		if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
			throw invalid("to", "at most " + MAX_DAYS + " days after from");
		}
		return new DateRange(start, end);
	}

	/** The first instant of {@code from} in India. */
	public Instant start() {
		return from.atStartOfDay(INDIA).toInstant();
	}

	/** The first instant after {@code to} in India. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(INDIA).toInstant();
	}

	private static ApiException invalid(String field, String message) {
		return new ApiException(CommonErrorCode.VALIDATION_FAILED, "The date range is not valid")
			.withDetails(List.of(new FieldViolation(field, message)));
	}
}
