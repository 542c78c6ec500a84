package com.vurksha.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/** The public catalogue as the run sees it at set-up: product ids to browse and the packs shoppers put in carts. */
record Catalogue(List<String> productIds, List<Variant> variants, List<String> imagePaths) {

	/** A pack with what the cart needs to know: its price, and the quantity one line starts at. */
	record Variant(String id, long pricePaise, int quantity) {
	}

	/** Reads up to 500 products and the active packs of the first {@code productsToBuy} of them. */
	static Catalogue read(Api api, int productsToBuy) {
		List<String> ids = new ArrayList<>();
		List<String> images = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			Api.Answer answer = api.get("setup", "/api/v1/products?limit=100&page=" + page, null);
			if (!answer.ok()) {
				break;
			}
			for (JsonNode product : answer.body().path("data")) {
				ids.add(product.path("id").asString());
				imagePath(product.path("imageUrl").asString("")).ifPresent(images::add);
			}
			if (!answer.body().at("/pagination/hasMore").asBoolean()) {
				break;
			}
		}
		List<Variant> variants = new ArrayList<>();
		for (String productId : ids.subList(0, Math.min(ids.size(), productsToBuy))) {
			Api.Answer answer = api.get("setup", "/api/v1/products/" + productId, null);
			for (JsonNode variant : answer.body().at("/data/variants")) {
				int quantity = Math.max(1, variant.path("minQuantity").asInt(1));
				if (variant.path("active").asBoolean(true) && variant.path("maxPerOrder").asInt(99) >= quantity) {
					variants.add(new Variant(variant.path("id").asString(), variant.path("price").asLong(), quantity));
				}
			}
		}
		return new Catalogue(List.copyOf(ids), List.copyOf(variants), List.copyOf(images));
	}

	/**
	 * The path under the gateway of a picture the app shows on a product tile ({@code /cdn/p/<sha256>.webp}); empty
	 * when the URL is elsewhere (a CDN of another host, or the demo pictures are not drawn yet).
	 */
	static Optional<String> imagePath(String url) {
		int cdn = url.indexOf("/cdn/p/");
		return cdn < 0 ? Optional.empty() : Optional.of(url.substring(cdn));
	}

	/** A random product tile's picture, as the app loads it from the CDN. */
	String randomImagePath(ThreadLocalRandom random) {
		return imagePaths.get(random.nextInt(imagePaths.size()));
	}

	String randomProductId(ThreadLocalRandom random) {
		return productIds.get(random.nextInt(productIds.size()));
	}

	/** Distinct packs worth at least {@code minimumPaise} together (at most six lines). */
	List<Variant> basket(ThreadLocalRandom random, long minimumPaise) {
		List<Variant> basket = new ArrayList<>();
		long total = 0;
		while (total < minimumPaise && basket.size() < Math.min(6, variants.size())) {
			Variant variant = variants.get(random.nextInt(variants.size()));
			if (!basket.contains(variant)) {
				basket.add(variant);
				total += variant.pricePaise() * variant.quantity();
			}
		}
		return basket;
	}
}
