package com.vurksha.notification.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named placeholders such as {@code {orderNumber}}. Only the names below exist; the doorstep OTP is deliberately
 * not one of them, so no template can put it in a message that may be read on a lock screen or by someone else.
 */
public final class Placeholders {

	public static final Set<String> KNOWN = Set.of("orderNumber", "riderName", "etaMinutes", "amount", "reason",
			"name");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	private Placeholders() {
	}

	/** The placeholder names a text uses, in order of first use. */
	public static Set<String> in(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** Fills each placeholder with its value; one without a value becomes empty rather than showing braces. */
	public static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
