package com.vurksha.notification.recipient;

import java.util.Locale;

/**
 * The languages we write messages in; anything else a profile carries falls back to English, the language every
 * template exists in.
 *
 * @param code the folder of the language's templates, as the user service sends it
 * @param unnamed how a message addresses someone whose name we do not know
 */
public enum Language {

	EN("en", "customer"), HI("hi", "ग्राहक");

	private final String code;

	private final String unnamed;

	Language(String code, String unnamed) {
		this.code = code;
		this.unnamed = unnamed;
	}

	public String code() {
		return code;
	}

	public String unnamed() {
		return unnamed;
	}

	public static Language of(String code) {
		if (code != null) {
			String wanted = code.trim().toLowerCase(Locale.ROOT);
			for (Language language : values()) {
				if (language.code.equals(wanted)) {
					return language;
				}
			}
		}
		return EN;
	}
}
