package com.vurksha.product.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a search text, ready to be matched with {@code ILIKE}: at most {@value #MAX_WORDS} distinct words of
 * two or more characters (or the whole text when it has none), with the nukta taken off Devanagari letters (people
 * type प्याज as often as प्याज़; the database side drops it too) and the {@code LIKE} wildcards escaped so a
 * {@code %} or {@code _} in the text is matched literally.
 */
record SearchWords(List<String> words) {

	static final int MAX_WORDS = 8;

	/** The Devanagari nukta (़), which turns ज into ज़; written in either form, it is ignored. */
	static final String NUKTA = "\u093C";

	static SearchWords of(String text) {
		if (text == null || text.isBlank()) {
			return new SearchWords(List.of());
		}
		String plain = normalise(text).strip();
		List<String> words = Arrays.stream(plain.split("[\\s,;]+"))
			.filter(word -> word.codePointCount(0, word.length()) >= 2)
			.distinct()
			.limit(MAX_WORDS)
			.toList();
		return new SearchWords(words.isEmpty() ? List.of(plain) : words);
	}

	/** Decomposed (NFD) and without nukta, as the query compares names. */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replace(NUKTA, "");
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	String contains(int index) {
		return "%" + escaped(index) + "%";
	}

	String startsWith(int index) {
		return escaped(index) + "%";
	}

	/** A later word of the name starts with this one ("Country Tomato" for "tom"). */
	String startsAWord(int index) {
		return "% " + escaped(index) + "%";
	}

	private String escaped(int index) {
		return words.get(index).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
