package com.vurksha.product.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds listed abusive words in review text. Words match whole and case-insensitively, so "Scunthorpe" or
 * "shiitake" pass. Two cheap disguises are seen through: digits or symbols standing for letters ("sh1t", "$hit")
 * and letters repeated for emphasis ("shiiit"). Repeats are folded only in words that repeat a letter, so a short
 * listed word with a double letter does not catch an innocent word spelt with a single one. Deliberately modest:
 * an operator can still hide what it misses.
 */
final class ProfanityFilter {

	/** Runs of these make a word: letters, the marks of Devanagari vowels, and the stand-ins below. */
	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}@$]+");

	private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");

	private final Set<String> words;

	private final Set<String> folded;

	ProfanityFilter(Collection<String> listed) {
		this.words = listed.stream().map(ProfanityFilter::unmask).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
		this.folded = words.stream().map(ProfanityFilter::fold).collect(Collectors.toSet());
	}

	/** The filter over a word list on the class path: one word a line, {@code #} starting a comment. */
	static ProfanityFilter fromResource(String path) {
		try (InputStream in = ProfanityFilter.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Word list " + path + " is not on the class path");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new ProfanityFilter(text.lines().map(line -> line.replaceFirst("#.*", "").strip()).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether any word of {@code text} is a listed one, plainly or disguised; null text is clean. */
	boolean isProfane(String text) {
		if (text == null) {
			return false;
		}
		for (String token : SEPARATORS.split(text)) {
			String word = unmask(token);
			if (words.contains(word) || (!word.equals(fold(word)) && folded.contains(fold(word)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Lower-case, with the digits and symbols people put for letters read as those letters. Composed to NFC first,
	 * as Devanagari letters with a nukta arrive in either of two spellings.
	 */
	static String unmask(String token) {
		String composed = Normalizer.normalize(token, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder word = new StringBuilder(composed.length());
		for (char c : composed.toCharArray()) {
			word.append(switch (c) {
				case '0' -> 'o';
				case '1' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return word.toString();
	}

	/** The word with every run of one letter cut to a single letter ("shiiit" becomes "shit"). */
	static String fold(String word) {
		return REPEATS.matcher(word).replaceAll("$1");
	}
}
