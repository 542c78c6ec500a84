package com.vurksha.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What shoppers type into the search box, as the run sends it ({@code BENCH_SEARCH=true}): English names misspelt,
 * Hinglish transliterations, Hindi in Devanagari, names with a pack size, and a few things the shop does not sell;
 * and the first letters of the same while typing, for suggestions.
 */
record SearchQueries(List<String> queries) {

	/** Calls as the report names them. */
	static final String PRODUCTS_CALL = "GET /search/products?q=";

	static final String SUGGEST_CALL = "GET /search/suggest?q=";

	/** The shortest prefix the suggest call completes, and the longest a shopper types before picking one. */
	static final int MIN_PREFIX = 2;

	static final int MAX_PREFIX = 5;

	private static final List<String> TYPED = List.of(
			// English, misspelt as typed on a phone
			"tomatoe", "tomatos", "tomoto", "onin", "oinon", "potatos", "patato", "mangoe", "alphanso", "bananna",
			"banan", "aple", "cabage", "cauliflour", "brocoli", "spinnach", "corriander", "garlik", "ginjer",
			"cucumbar", "carot", "mushrom", "capsicam", "gauva", "pomegranet", "watermelon", "grapes",
			// Hinglish, in the spellings people use
			"tamatar", "tamaatar", "pyaz", "pyaaz", "pyaj", "aloo", "alu", "bhindi", "bhindee", "dhaniya", "dhania",
			"palak", "gobhi", "gobi", "adrak", "lehsun", "lasun", "kela", "aam", "seb", "doodh", "dahi", "panner",
			"paneer", "chawal", "atta", "aata", "dal", "daal", "toor dal", "moong dal", "besan", "haldi", "jeera",
			"elaichi", "gud", "shahad", "ghee", "ande", "gajar", "baingan", "karela", "lauki", "kheera", "mirchi",
			"methi", "pudina", "kadi patta", "angoor", "anaar", "amrood", "mosambi", "tarbooz", "ragi", "jowar",
			// Hindi in Devanagari
			"प्याज", "टमाटर", "आलू", "आम", "दूध", "पनीर", "धनिया", "केला",
			// with a pack size or a quality
			"aloo 1kg", "onion 2 kg", "tomato 500g", "atta 5kg", "milk 1 litre", "curd 500 gm", "eggs dozen",
			"banana 12 pcs", "organic mango", "organic tomato", "desi ghee", "cold pressed oil", "a2 milk",
			// what the shop does not sell
			"basmati", "avocado", "kiwi");

	static SearchQueries typedByShoppers() {
		return new SearchQueries(TYPED);
	}

	static SearchQueries none() {
		return new SearchQueries(List.of());
	}

	boolean enabled() {
		return !queries.isEmpty();
	}

	/** A search for one of the queries, first page as the app asks for it. */
	String productsPath(ThreadLocalRandom random) {
		return "/api/v1/search/products?q=" + encoded(pick(random)) + "&limit=20";
	}

	/** Suggestions for the first {@value #MIN_PREFIX} to {@value #MAX_PREFIX} characters of one of the queries. */
	String suggestPath(ThreadLocalRandom random) {
		String query = pick(random);
		int length = query.codePointCount(0, query.length());
		int typed = Math.min(length, MIN_PREFIX + random.nextInt(MAX_PREFIX - MIN_PREFIX + 1));
		return "/api/v1/search/suggest?q=" + encoded(prefix(query, typed));
	}

	static String prefix(String query, int codePoints) {
		return query.substring(0, query.offsetByCodePoints(0, codePoints)).strip();
	}

	private String pick(ThreadLocalRandom random) {
		return queries.get(random.nextInt(queries.size()));
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
