package com.vurksha.notification.template;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one template file. {@code reason.<CODE>} keys translate a failure reason code from the event (such as
 * {@code CUSTOMER_UNAVAILABLE}) into the words {@code {reason}} stands for.
 */
public record Template(Map<String, String> keys) {

	public static final String TITLE = "title";

	public static final String BODY = "body";

	public static final String SMS = "sms";

	public static final String EMAIL_SUBJECT = "email.subject";

	public static final String EMAIL_BODY = "email.body";

	public static final String REASON_PREFIX = "reason.";

	public Template {
		keys = Map.copyOf(keys);
	}

	public Rendered render(Map<String, String> values) {
		Map<String, String> filled = new HashMap<>(values);
		String reason = values.get("reason");
		if (reason != null && keys.containsKey(REASON_PREFIX + reason)) {
			filled.put("reason", keys.get(REASON_PREFIX + reason));
		}
		return new Rendered(fill(TITLE, filled).orElse(""), fill(BODY, filled).orElse(""), fill(SMS, filled),
				fill(EMAIL_SUBJECT, filled), fill(EMAIL_BODY, filled));
	}

	private Optional<String> fill(String key, Map<String, String> values) {
		return Optional.ofNullable(keys.get(key)).map(text -> Placeholders.fill(text, values));
	}
}
