package com.vurksha.search.index.opensearch;

import java.util.Collection;
import java.util.regex.Pattern;

import com.vurksha.search.index.ProductQuery;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the search requests. A text query matches in three ways at once, best first: the words (and their
 * synonyms: Hinglish spellings, Hindi names) exactly; the words with typos (one edit from 4 letters, two from 8);
 * and prefixes of the names. Unit words ("1kg", "dozen") add to the score of products sold in that pack. In every
 * order, products in stock come before those sold out.
 */
final class Queries {

	/** Typo tolerance: no edit below 4 letters, one from 4, two from 8. */
	static final String FUZZINESS = "AUTO:4,8";

	/** Price bands of the facet, in paise: under ₹50, ₹50–100, ₹100–200, ₹200–500, ₹500 and more. */
	static final long[] PRICE_BANDS = { 5_000, 10_000, 20_000, 50_000 };

	private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

	private final JsonMapper json;

	Queries(JsonMapper json) {
		this.json = json;
	}

	String search(ProductQuery query) {
		ObjectNode body = json.createObjectNode();
		body.put("from", (query.page() - 1) * query.limit());
		body.put("size", query.limit());
		body.put("track_total_hits", true);
		ObjectNode bool = body.putObject("query").putObject("bool");
		filters(bool.putArray("filter"), query);
		if (query.text() != null && !query.text().isBlank()) {
			text(bool, query.text().strip());
		}
		sort(body.putArray("sort"), query.sort());
		ObjectNode highlight = body.putObject("highlight");
		highlight.putArray("pre_tags").add("<em>");
		highlight.putArray("post_tags").add("</em>");
		highlight.putObject("fields").putObject("name").put("number_of_fragments", 0);
		aggregations(body.putObject("aggs"));
		return body.toString();
	}

	String suggestions(String prefix, int limit) {
		boolean hindi = DEVANAGARI.matcher(prefix).find();
		String name = hindi ? "nameHi" : "name";
		String category = hindi ? "categoryNameHi" : "categoryName";
		ObjectNode body = json.createObjectNode();
		body.put("size", limit);
		body.putArray("_source").add("productId").add(name);
		ObjectNode bool = body.putObject("query").putObject("bool");
		bool.putObject("must").putObject("match").putObject(name + ".prefix").put("query", prefix).put("operator", "and");
		ArrayNode sort = body.putArray("sort");
		sort.addObject().put("inStock", "desc");
		sort.add("_score");
		sort.addObject().put("productId", "asc");
		ObjectNode categories = body.putObject("aggs").putObject("categories");
		categories.putObject("filter").putObject("match").putObject(category + ".prefix").put("query", prefix)
			.put("operator", "and");
		ObjectNode ids = categories.putObject("aggs").putObject("ids");
		ids.putObject("terms").put("field", "categoryId").put("size", 3);
		ids.putObject("aggs").putObject("name").putObject("terms").put("field", category).put("size", 1);
		return body.toString();
	}

	/** Products in stock of one category, best rated first, leaving some out. */
	String bestRated(String categoryId, Collection<String> excluding, int limit) {
		ObjectNode body = json.createObjectNode();
		body.put("size", limit);
		ObjectNode bool = body.putObject("query").putObject("bool");
		ArrayNode filter = bool.putArray("filter");
		filter.addObject().putObject("term").put("categoryId", categoryId);
		filter.addObject().putObject("term").put("inStock", true);
		ArrayNode ids = bool.putArray("must_not").addObject().putObject("ids").putArray("values");
		excluding.forEach(ids::add);
		ArrayNode sort = body.putArray("sort");
		sort.addObject().put("rating", "desc");
		sort.addObject().put("ratingCount", "desc");
		sort.addObject().put("productId", "asc");
		return body.toString();
	}

	String byIds(Collection<String> ids) {
		ObjectNode body = json.createObjectNode();
		body.put("size", ids.size());
		ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
		ids.forEach(values::add);
		return body.toString();
	}

	private void text(ObjectNode bool, String text) {
		ObjectNode any = bool.putArray("must").addObject().putObject("bool");
		any.put("minimum_should_match", 1);
		ArrayNode ways = any.putArray("should");
		ObjectNode exact = ways.addObject().putObject("multi_match");
		exact.put("query", text).put("boost", 3);
		exact.putArray("fields").add("name^3").add("nameHi^3").add("keywords");
		ObjectNode typos = ways.addObject().putObject("multi_match");
		typos.put("query", text).put("fuzziness", FUZZINESS).put("prefix_length", 1).put("max_expansions", 20)
			.put("analyzer", "produce");
		typos.putArray("fields").add("name^2").add("nameHi^2").add("keywords");
		ObjectNode prefix = ways.addObject().putObject("multi_match");
		prefix.put("query", text).put("operator", "and");
		prefix.putArray("fields").add("name.prefix").add("nameHi.prefix");
		// a query of pack sizes only ("1kg") still finds what is sold so; with words, packs only add to the score
		ways.addObject().putObject("match").putObject("units").put("query", text);
		bool.putArray("should").addObject().putObject("match").putObject("units").put("query", text).put("boost", 2);
	}

	private static void filters(ArrayNode filter, ProductQuery query) {
		if (query.category() != null) {
			// the category or any of its sub-categories
			filter.addObject().putObject("term").put("categoryPath", query.category());
		}
		if (query.farm() != null) {
			filter.addObject().putObject("term").put("farmId", query.farm());
		}
		if (query.inStock() != null) {
			filter.addObject().putObject("term").put("inStock", query.inStock());
		}
		if (query.organic() != null) {
			filter.addObject().putObject("term").put("organic", query.organic());
		}
		if (query.minPrice() != null || query.maxPrice() != null) {
			ObjectNode range = filter.addObject().putObject("range").putObject("priceFrom");
			if (query.minPrice() != null) {
				range.put("gte", query.minPrice());
			}
			if (query.maxPrice() != null) {
				range.put("lte", query.maxPrice());
			}
		}
	}

	private static void sort(ArrayNode sort, ProductQuery.SortOrder order) {
		sort.addObject().put("inStock", "desc");
		switch (order) {
			case PRICE_ASC -> sort.addObject().put("priceFrom", "asc");
			case PRICE_DESC -> sort.addObject().put("priceFrom", "desc");
			case RATING -> {
				sort.addObject().put("rating", "desc");
				sort.addObject().put("ratingCount", "desc");
			}
			case NEWEST -> sort.addObject().put("createdAt", "desc");
			case RELEVANCE -> {
				sort.add("_score");
				sort.addObject().put("rating", "desc");
			}
		}
		sort.addObject().put("productId", "asc");
	}

	private static void aggregations(ObjectNode aggs) {
		named(aggs.putObject("categories"), "categoryId", "categoryName");
		named(aggs.putObject("farms"), "farmId", "farmName");
		aggs.putObject("organic").putObject("terms").put("field", "organic");
		ObjectNode range = aggs.putObject("priceRanges").putObject("range");
		range.put("field", "priceFrom");
		ArrayNode ranges = range.putArray("ranges");
		ranges.addObject().put("to", PRICE_BANDS[0]);
		for (int i = 1; i < PRICE_BANDS.length; i++) {
			ranges.addObject().put("from", PRICE_BANDS[i - 1]).put("to", PRICE_BANDS[i]);
		}
		ranges.addObject().put("from", PRICE_BANDS[PRICE_BANDS.length - 1]);
	}

	private static void named(ObjectNode agg, String idField, String nameField) {
		agg.putObject("terms").put("field", idField).put("size", 30);
		agg.putObject("aggs").putObject("name").putObject("terms").put("field", nameField).put("size", 1);
	}
}
