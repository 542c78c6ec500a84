package com.vurksha.product.search;

/**
 * One product found, in the public search answer's shape: prices in paise of its "from" pack (the cheapest one in
 * stock, else the cheapest), the average rating (0 until reviewed). {@code highlight} marks the matched words in the
 * search service's answers; the database search has none and sends null.
 */
record SearchHit(String productId, String name, String nameHi, String imageUrl, long priceFrom, long mrpFrom,
		double rating, boolean inStock, String highlight) {
}
