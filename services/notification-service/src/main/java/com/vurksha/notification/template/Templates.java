package com.vurksha.notification.template;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vurksha.notification.recipient.Language;

/**
 * Every template, loaded and checked once at start-up: a broken template stops the service from starting instead of
 * failing on the first event that needs it.
 */
@Component
public class Templates {

	static final String ROOT = "notifications";

	private final Map<Language, Map<String, Template>> byLanguage = new EnumMap<>(Language.class);

	Templates() {
		TemplateFiles files = new TemplateFiles(ROOT);
		List<String> problems = TemplateCheck.problems(files, NotifiedEvents.all());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Notification templates are broken: " + problems);
		}
		for (Language language : Language.values()) {
			Map<String, Template> templates = new HashMap<>();
			NotifiedEvents.all().forEach(type -> templates.put(type, files.read(language, type).orElseThrow()));
			byLanguage.put(language, templates);
		}
	}

	public boolean covers(String eventType) {
		return byLanguage.get(Language.EN).containsKey(eventType);
	}

	public Rendered render(String eventType, Language language, Map<String, String> values) {
		return byLanguage.get(language).get(eventType).render(values);
	}
}
