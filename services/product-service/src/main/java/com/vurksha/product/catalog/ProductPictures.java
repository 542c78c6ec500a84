package com.vurksha.product.catalog;

import java.util.List;

import com.vurksha.product.image.ProductImage;

/**
 * Which pictures a product shows: its uploaded images when it has any, else the plain URLs it was given before
 * products had uploads. Product pages, tiles and events agree on this.
 */
final class ProductPictures {

	private ProductPictures() {
	}

	static List<ProductImage> shown(List<ProductImage> uploaded, List<String> plainUrls) {
		return uploaded.isEmpty() ? plainUrls.stream().map(ProductImage::ofUrl).toList() : List.copyOf(uploaded);
	}

	/** The first picture's card URL, or null for a product without pictures. */
	static String imageUrl(List<ProductImage> shown) {
		return shown.isEmpty() ? null : shown.get(0).cardUrl();
	}
}
