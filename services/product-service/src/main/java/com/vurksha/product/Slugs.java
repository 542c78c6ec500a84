package com.vurksha.product;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a name into a URL slug ("Alphonso Aam (Ratnagiri)" becomes "alphonso-aam-ratnagiri"). */
public final class Slugs {

	/** What a slug given by an operator must look like. */
	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("'" + name + "' has no letters or digits to make a slug from");
		}
		return slug;
	}

	/** The operator's slug when given, else one made from the name; a name with nothing to make one from is a 400. */
	public static String chosen(String given, String name) {
		if (given != null) {
			return given;
		}
		try {
			return of(name);
		}
		catch (IllegalArgumentException ex) {
			throw BadInput.field("slug", "is required when the name has no Latin letters or digits");
		}
	}
}
