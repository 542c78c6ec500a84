package com.vurksha.product.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.vurksha.product.catalog.Measure;
import com.vurksha.product.catalog.Unit;

/** What the local profile's demo migrations put in the catalogue, read from the migration files themselves. */
final class DemoCatalogueFile {

	/** A product or category row of V1000: {@code ('prd-…', 'slug', 'English name', 'Latin Hindi name', …}. */
	private static final Pattern ENGLISH = Pattern.compile("^\\s+\\('((?:prd|cat)-[a-z0-9-]+)', '[^']*', '([^']*)', '[^']*',",
			Pattern.MULTILINE);

	/** A row of V1001: {@code ('prd-…', 'Latin spelling', 'Devanagari')}. */
	private static final Pattern HINDI = Pattern.compile("^\\s+\\('((?:prd|cat)-[a-z0-9-]+)', '([^']*)', '([^']*)'\\)",
			Pattern.MULTILINE);

	/** A pack row of V1000's demo_pack: {@code ('tomato-hybrid', 'G', 250, …}. */
	private static final Pattern PACK = Pattern.compile("^\\s+\\('[a-z0-9-]+', '([A-Z]+)', (\\d+),", Pattern.MULTILINE);

	/** A demo product or category with its names. */
	record Named(String id, String english, String latinHindi, String devanagari) {
	}

	private DemoCatalogueFile() {
	}

	static List<Named> productsAndCategories() throws IOException {
		String catalogue = read("V1000__demo_catalogue.sql");
		String hindi = read("V1001__demo_names_in_devanagari.sql");
		return ENGLISH.matcher(catalogue).results().map(row -> {
			String id = row.group(1);
			var names = HINDI.matcher(hindi).results().filter(h -> h.group(1).equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " has no Devanagari name in V1001"));
			return new Named(id, row.group(2), names.group(2), names.group(3));
		}).toList();
	}

	/** The labels the app shows for the demo packs ("500 g", "1 kg", "1 dozen"), once each. */
	static List<String> packLabels() throws IOException {
		return PACK.matcher(read("V1000__demo_catalogue.sql")).results()
			.map(pack -> new Measure(Unit.valueOf(pack.group(1)), Integer.parseInt(pack.group(2))).label())
			.distinct()
			.toList();
	}

	private static String read(String migration) throws IOException {
		try (InputStream in = DemoCatalogueFile.class.getResourceAsStream("/db/demo/" + migration)) {
			if (in == null) {
				throw new IOException("no demo migration " + migration + " on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
