package com.vurksha.search.feed;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.product.events.ProductSnapshot.VariantSnapshot;
import com.vurksha.search.feed.CatalogueFacts.Named;
import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.IndexedProduct.Pack;

/**
 * Turns what the product service says about a product into what the index holds: a snapshot from an event, with
 * stock and names from this service's own store and the rating kept from the indexed copy.
 */
@Component
class ProductDocuments {

	static final String ORGANIC_TAG = "organic";

	private final CatalogueFacts facts;

	ProductDocuments(CatalogueFacts facts) {
		this.facts = facts;
	}

	/**
	 * The product to index, or empty when customers may not see it (deactivated, or no active pack to buy).
	 * @param indexed the indexed copy, for the rating and the time it was first seen
	 */
	Optional<IndexedProduct> from(ProductSnapshot snapshot, Optional<IndexedProduct> indexed, Instant seenAt) {
		Map<String, Integer> stock = facts.stockOf(snapshot.id());
		List<Pack> packs = snapshot.variants()
			.stream()
			.filter(VariantSnapshot::active)
			.map(variant -> new Pack(variant.id(), label(variant), variant.price(), variant.mrp(),
					stock.getOrDefault(variant.id(), 0)))
			.toList();
		if (!snapshot.active() || packs.isEmpty()) {
			return Optional.empty();
		}
		Optional<Named> category = facts.categoryName(snapshot.categoryId());
		Optional<Named> farm = facts.farmName(snapshot.farmId());
		List<String> tags = (snapshot.tags() == null) ? List.of() : snapshot.tags();
		boolean organic = farm.map(Named::organic).orElse(false) || hasOrganicTag(tags);
		String image = (snapshot.images() == null || snapshot.images().isEmpty()) ? null : snapshot.images().get(0);
		return Optional.of(new IndexedProduct(snapshot.id(), snapshot.slug(), snapshot.name(), snapshot.nameHi(),
				snapshot.categoryId(), category.map(Named::name).orElse(null),
				category.map(Named::nameHi).orElse(null), category.map(Named::path).orElse(List.of()), snapshot.farmId(), farm.map(Named::name).orElse(null),
				organic, tags, image, packs, indexed.map(IndexedProduct::rating).orElse(0.0),
				indexed.map(IndexedProduct::ratingCount).orElse(0),
				indexed.map(IndexedProduct::createdAt).orElse(seenAt)));
	}

	static boolean hasOrganicTag(List<String> tags) {
		return tags.stream().anyMatch(tag -> ORGANIC_TAG.equals(tag.toLowerCase(Locale.ROOT)));
	}

	/** The label the shop shows for a pack, as the product service words it ("500 g", "1 kg", "1 dozen"). */
	static String label(VariantSnapshot variant) {
		if (variant.label() != null && !variant.label().isBlank()) {
			return variant.label();
		}
		String unit = (variant.unit() == null) ? "" : variant.unit().toUpperCase(Locale.ROOT);
		int value = variant.unitValue();
		return switch (unit) {
			case "G" -> (value >= 1000 && value % 1000 == 0) ? (value / 1000) + " kg" : value + " g";
			case "KG" -> value + " kg";
			case "ML" -> (value >= 1000 && value % 1000 == 0) ? (value / 1000) + " L" : value + " ml";
			case "L" -> value + " L";
			case "PIECE" -> value + ((value == 1) ? " piece" : " pieces");
			case "BUNCH" -> value + ((value == 1) ? " bunch" : " bunches");
			case "DOZEN" -> value + " dozen";
			default -> value + " " + unit.toLowerCase(Locale.ROOT);
		};
	}
}
