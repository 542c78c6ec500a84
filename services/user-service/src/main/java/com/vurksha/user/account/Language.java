package com.vurksha.user.account;

import com.fasterxml.jackson.annotation.JsonValue;

/** Languages the app speaks, written as ISO 639-1 codes on the wire. */
public enum Language {

	EN("en"), HI("hi");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static Language fromCode(String code) {
		for (Language language : values()) {
			if (language.code.equals(code)) {
				return language;
			}
		}
		throw new IllegalArgumentException("Unknown language " + code);
	}

	@Override
	public String toString() {
		return code;
	}
}
