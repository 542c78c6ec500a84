package com.vurksha.product.catalog;

import java.time.Instant;
import java.util.List;

import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.FarmRef;
import com.vurksha.product.catalog.Refs.Rating;
import com.vurksha.product.image.ProductImage;

/**
 * A product page: the product, its farm and category, and every pack it is sold in. {@code gstRate} is in basis
 * points (500 = 5 %), as GST returns need it. {@code images} are the uploaded pictures in display order (or, for a
 * product without any, its plain image URLs); {@code imageUrl} is the first one's {@code card} URL.
 */
public record ProductDetail(String id, String slug, String name, String nameHi, String description,
		CategoryRef category, FarmRef farm, List<String> tags, List<ProductImage> images, String imageUrl,
		String hsnCode, int gstRate, boolean active, boolean inStock, int popularity, Rating rating, String currency,
		Instant createdAt, List<VariantView> variants) {

	/** The same product sold in the given packs; it is in stock when any active pack is. */
	ProductDetail withVariants(List<VariantView> packs) {
		boolean anyInStock = packs.stream().anyMatch(v -> v.active() && v.inStock());
		return new ProductDetail(id, slug, name, nameHi, description, category, farm, tags, images, imageUrl, hsnCode,
				gstRate, active, anyInStock, popularity, rating, currency, createdAt, List.copyOf(packs));
	}

	/** The same product showing its uploaded pictures, which replace its plain image URLs when there are any. */
	ProductDetail withUploadedImages(List<ProductImage> uploaded) {
		if (uploaded.isEmpty()) {
			return this;
		}
		return new ProductDetail(id, slug, name, nameHi, description, category, farm, tags, List.copyOf(uploaded),
				ProductPictures.imageUrl(uploaded), hsnCode, gstRate, active, inStock, popularity, rating, currency,
				createdAt, variants);
	}

	/** The URLs search and other copies of the catalogue show, first one first. */
	List<String> imageUrls() {
		return images.stream().map(ProductImage::cardUrl).toList();
	}
}
