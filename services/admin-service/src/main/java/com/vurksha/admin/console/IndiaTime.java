package com.vurksha.admin.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;

/**
 * Shows instants as operators read them, in India time; pages call it as {@code @indiaTime.format(...)} for the
 * instants the owning services answer (as ISO text) and the dashboard's.
 */
@Component("indiaTime")
class IndiaTime {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ENGLISH)
		.withZone(DateRange.INDIA);

	/** An {@link Instant} or ISO instant text as "07 Dec 16:30"; anything else as it is, nothing as "-". */
	public String format(Object instant) {
		if (instant instanceof Instant at) {
			return SHOWN.format(at);
		}
		if (instant instanceof String text && !text.isBlank()) {
			try {
				return SHOWN.format(Instant.parse(text));
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		return "-";
	}
}
