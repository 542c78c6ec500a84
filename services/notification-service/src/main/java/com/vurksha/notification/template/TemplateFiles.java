package com.vurksha.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.vurksha.notification.recipient.Language;

/**
 * Reads template files from the classpath as UTF-8: {@link Properties#load(InputStream)} would read them as Latin-1
 * and turn the Hindi templates into mojibake.
 */
public final class TemplateFiles {

	private final String root;

	/** @param root the classpath folder holding one folder per language, e.g. {@code notifications} */
	public TemplateFiles(String root) {
		this.root = root;
	}

	public Optional<Template> read(Language language, String eventType) {
		String path = root + "/" + language.code() + "/" + eventType + ".properties";
		InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			return Optional.empty();
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			Map<String, String> keys = new HashMap<>();
			properties.stringPropertyNames().forEach(key -> keys.put(key, properties.getProperty(key).strip()));
			return Optional.of(new Template(keys));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the template " + path, ex);
		}
	}
}
