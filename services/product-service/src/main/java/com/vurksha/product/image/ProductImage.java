package com.vurksha.product.image;

/**
 * A product picture in the three sizes the app shows: {@code thumb} (cart lines, search suggestions), {@code card}
 * (product tiles) and {@code full} (the product page). {@code fileId} is the file service's id, null for a picture
 * given as a plain URL before products had uploaded images.
 */
public record ProductImage(String fileId, ImageVariant thumb, ImageVariant card, ImageVariant full) {

	/** A picture known only by its URL, shown at every size. */
	public static ProductImage ofUrl(String url) {
		ImageVariant only = ImageVariant.of(url);
		return new ProductImage(null, only, only, only);
	}

	/** This picture without its other formats, for product lists. */
	public ProductImage withoutSources() {
		return new ProductImage(fileId, thumb.withoutSources(), card.withoutSources(), full.withoutSources());
	}

	/** The URL product tiles and search results show. */
	public String cardUrl() {
		return card.url();
	}
}
