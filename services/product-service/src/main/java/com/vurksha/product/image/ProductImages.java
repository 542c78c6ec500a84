package com.vurksha.product.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The pictures each product shows, in display order, as chosen by an operator. */
@Repository
public class ProductImages {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProductImages(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A product's pictures; empty when it has none. */
	public List<ProductImage> of(String productId) {
		return of(List.of(productId)).getOrDefault(productId, List.of());
	}

	/** The pictures of several products (a page of the list); products without pictures are left out. */
	public Map<String, List<ProductImage>> of(Collection<String> productIds) {
		Map<String, List<ProductImage>> images = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return images;
		}
		jdbc.sql("""
				SELECT product_id, file_id, variants::text AS variants FROM product_image
				WHERE product_id IN (:ids) ORDER BY product_id, position""")
			.param("ids", productIds)
			.query((rs, row) -> Map.entry(rs.getString("product_id"),
					image(rs.getString("file_id"), rs.getString("variants"))))
			.list()
			.forEach(entry -> images.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		return images;
	}

	/** Makes {@code images} the product's pictures, in this order; an empty list removes them all. */
	public void replace(String productId, List<ProductImage> images) {
		jdbc.sql("DELETE FROM product_image WHERE product_id = :productId").param("productId", productId).update();
		for (int position = 0; position < images.size(); position++) {
			ProductImage image = images.get(position);
			jdbc.sql("""
					INSERT INTO product_image (product_id, position, file_id, variants)
					VALUES (:productId, :position, :fileId, cast(:variants AS jsonb))""")
				.param("productId", productId)
				.param("position", position)
				.param("fileId", image.fileId())
				.param("variants", json.writeValueAsString(new Variants(image.thumb(), image.card(), image.full())))
				.update();
		}
	}

	private ProductImage image(String fileId, String variants) {
		Variants stored = json.readValue(variants, Variants.class);
		return new ProductImage(fileId, stored.thumb(), stored.card(), stored.full());
	}

	/** The stored renditions of one picture. */
	record Variants(ImageVariant thumb, ImageVariant card, ImageVariant full) {
	}
}
