package com.vurksha.product.image;

/**
 * SQL for the pictures a product shows, for queries that read products as {@code p} without building product pages
 * (search hits, the search feed, a cart's packs): its uploaded pictures' card URLs in order when it has any, else
 * its plain image URLs ({@code product.images}). Product pages and tiles apply the same rule in Java.
 */
public final class ShownImages {

	/** A {@code text[]} of the card URLs, first picture first. */
	public static final String URLS = """
			coalesce((SELECT array_agg(pi.variants -> 'card' ->> 'url' ORDER BY pi.position)
			          FROM product_image pi WHERE pi.product_id = p.id), p.images)""";

	/** The first picture's card URL, or null. */
	public static final String FIRST_URL = """
			coalesce((SELECT pi.variants -> 'card' ->> 'url' FROM product_image pi
			          WHERE pi.product_id = p.id ORDER BY pi.position LIMIT 1), p.images[1])""";

	private ShownImages() {
	}
}
