package com.vurksha.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vurksha.notification.recipient.Language;

/**
 * What makes a set of templates unfit to send: a language lacking an event's file, a file without the in-app words
 * ({@code title} and {@code body}), half an e-mail, a key nobody reads, or a placeholder no event fills.
 */
public final class TemplateCheck {

	private static final Set<String> KEYS = Set.of(Template.TITLE, Template.BODY, Template.SMS, Template.EMAIL_SUBJECT,
			Template.EMAIL_BODY);

	private TemplateCheck() {
	}

	public static List<String> problems(TemplateFiles files, List<String> eventTypes) {
		List<String> problems = new ArrayList<>();
		for (Language language : Language.values()) {
			for (String eventType : eventTypes) {
				String name = language.code() + "/" + eventType;
				Optional<Template> template = files.read(language, eventType);
				if (template.isEmpty()) {
					problems.add(name + ": missing");
				}
				else {
					problems.addAll(problemsOf(name, template.get()));
				}
			}
		}
		return problems;
	}

	private static List<String> problemsOf(String name, Template template) {
		List<String> problems = new ArrayList<>();
		requirePair(name, template, Template.TITLE, Template.BODY, true, problems);
		requirePair(name, template, Template.EMAIL_SUBJECT, Template.EMAIL_BODY, false, problems);
		template.keys().forEach((key, text) -> {
			if (!KEYS.contains(key) && !key.startsWith(Template.REASON_PREFIX)) {
				problems.add(name + ": unknown key " + key);
			}
			if (text.isBlank()) {
				problems.add(name + ": empty " + key);
			}
			Placeholders.in(text)
				.stream()
				.filter(placeholder -> !Placeholders.KNOWN.contains(placeholder))
				.forEach(placeholder -> problems.add(name + ": unknown placeholder {" + placeholder + "} in " + key));
		});
		return problems;
	}

	private static void requirePair(String name, Template template, String first, String second, boolean required,
			List<String> problems) {
		boolean hasFirst = template.keys().containsKey(first);
		boolean hasSecond = template.keys().containsKey(second);
		if (hasFirst != hasSecond || (required && !hasFirst)) {
			problems.add(name + ": needs both " + first + " and " + second);
		}
	}
}
