package com.vurksha.search.index.opensearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.IndexedProduct.Pack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Products to index documents and back. Besides the product's own fields a document carries what only search
 * needs: {@code keywords} (category, farm, tags, "organic") and {@code units} ("500g", "1kg", "dozen") so that
 * "aloo 1kg" prefers the potatoes sold by the kilo.
 */
final class Documents {

	private final JsonMapper json;

	Documents(JsonMapper json) {
		this.json = json;
	}

	JsonNode parse(String text) {
		return json.readTree(text);
	}

	ObjectNode toDocument(IndexedProduct product) {
		ObjectNode doc = json.createObjectNode();
		doc.put("productId", product.productId());
		doc.put("slug", product.slug());
		doc.put("name", product.name());
		doc.put("nameHi", product.nameHi());
		doc.put("keywords", String.join(" ", keywords(product)));
		doc.put("units", String.join(" ", units(product.packs())));
		doc.put("categoryId", product.categoryId());
		doc.put("categoryName", product.categoryName());
		doc.put("categoryNameHi", product.categoryNameHi());
		ArrayNode path = doc.putArray("categoryPath");
		product.categoryPath().forEach(path::add);
		doc.put("farmId", product.farmId());
		doc.put("farmName", product.farmName());
		doc.put("organic", product.organic());
		ArrayNode tags = doc.putArray("tags");
		product.tags().forEach(tags::add);
		doc.put("imageUrl", product.imageUrl());
		doc.put("inStock", product.inStock());
		product.fromPack().ifPresent(from -> {
			doc.put("priceFrom", from.price());
			doc.put("mrpFrom", from.mrp());
		});
		doc.put("rating", product.rating());
		doc.put("ratingCount", product.ratingCount());
		doc.put("createdAt", (product.createdAt() == null) ? null : product.createdAt().toString());
		ArrayNode packs = doc.putArray("packs");
		for (Pack pack : product.packs()) {
			packs.addObject()
				.put("variantId", pack.variantId())
				.put("label", pack.label())
				.put("price", pack.price())
				.put("mrp", pack.mrp())
				.put("available", pack.available());
		}
		return doc;
	}

	IndexedProduct fromDocument(JsonNode doc) {
		List<Pack> packs = new ArrayList<>();
		for (JsonNode pack : doc.path("packs")) {
			packs.add(new Pack(text(pack, "variantId"), text(pack, "label"), pack.path("price").asLong(),
					pack.path("mrp").asLong(), pack.path("available").asInt()));
		}
		List<String> tags = new ArrayList<>();
		doc.path("tags").forEach(tag -> tags.add(tag.asString()));
		List<String> categoryPath = new ArrayList<>();
		doc.path("categoryPath").forEach(id -> categoryPath.add(id.asString()));
		String createdAt = text(doc, "createdAt");
		return new IndexedProduct(text(doc, "productId"), text(doc, "slug"), text(doc, "name"), text(doc, "nameHi"),
				text(doc, "categoryId"), text(doc, "categoryName"), text(doc, "categoryNameHi"), categoryPath,
				text(doc, "farmId"),
				text(doc, "farmName"), doc.path("organic").asBoolean(false), tags, text(doc, "imageUrl"), packs,
				doc.path("rating").asDouble(0), doc.path("ratingCount").asInt(0),
				(createdAt == null) ? null : Instant.parse(createdAt));
	}

	/** "500 g" becomes "500g" and "g"; "1 dozen" becomes "1dozen" and "dozen". */
	static List<String> units(List<Pack> packs) {
		Set<String> units = new LinkedHashSet<>();
		for (Pack pack : packs) {
			String label = (pack.label() == null) ? "" : pack.label().toLowerCase(Locale.ROOT).strip();
			String[] parts = label.split("\\s+");
			if (parts.length == 2) {
				units.add(parts[0] + parts[1]);
				units.add(parts[1]);
			}
			else if (!label.isEmpty()) {
				units.add(label.replace(" ", ""));
			}
		}
		return List.copyOf(units);
	}

	private static List<String> keywords(IndexedProduct product) {
		List<String> words = new ArrayList<>();
		add(words, product.categoryName());
		add(words, product.categoryNameHi());
		add(words, product.farmName());
		product.tags().forEach(tag -> add(words, tag));
		if (product.organic()) {
			words.add("organic");
		}
		return words;
	}

	private static void add(List<String> words, String word) {
		if (word != null && !word.isBlank()) {
			words.add(word);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}
}
