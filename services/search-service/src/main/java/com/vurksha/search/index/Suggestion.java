package com.vurksha.search.index;

/** A completion of what the customer is typing: a product (with its id) or a category (with its id). */
public record Suggestion(String text, Kind kind, String id) {

	public enum Kind {
		PRODUCT, CATEGORY
	}
}
