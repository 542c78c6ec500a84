package com.vurksha.product.catalog;

import java.util.List;

import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.Rating;
import com.vurksha.product.image.ProductImage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One tile of the product list. {@code fromPrice} and {@code mrp} are those of the cheapest variant in stock (or
 * the cheapest at all when none is), in paise. {@code images} are the product's pictures without their other
 * formats (the list stays small; the product page has them); {@code imageUrl} is the first one's card URL, and
 * {@code image} the same URL under its older name.
 */
public record ProductSummary(String id, String slug, String name, String nameHi,
		@Schema(deprecated = true, description = "the same as imageUrl") String image, String imageUrl,
		List<ProductImage> images, CategoryRef category, String farmName, long fromPrice, long mrp, String fromLabel,
		String currency, boolean inStock, Rating rating) {

	/** The same tile showing these pictures (already chosen by {@link ProductPictures}). */
	ProductSummary withImages(List<ProductImage> shown) {
		List<ProductImage> small = shown.stream().map(ProductImage::withoutSources).toList();
		String url = ProductPictures.imageUrl(shown);
		return new ProductSummary(id, slug, name, nameHi, url, url, small, category, farmName, fromPrice, mrp,
				fromLabel, currency, inStock, rating);
	}
}
