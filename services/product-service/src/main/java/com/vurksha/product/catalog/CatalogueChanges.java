package com.vurksha.product.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vurksha.product.cache.CatalogueCache;
import com.vurksha.product.publication.CatalogueEvents;
import com.vurksha.product.events.ProductCreated;
import com.vurksha.product.events.ProductDeactivated;
import com.vurksha.product.events.ProductImagesChanged;
import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.product.events.ProductSnapshot.VariantSnapshot;
import com.vurksha.product.events.ProductUpdated;

/** What follows every product change: its event in the outbox and, after commit, its cache entries evicted. */
@Component
class CatalogueChanges {

	private final CatalogueEvents events;

	private final CatalogueCache cache;

	CatalogueChanges(CatalogueEvents events, CatalogueCache cache) {
		this.events = events;
		this.cache = cache;
	}

	void created(ProductDetail product) {
		events.productCreated(new ProductCreated(snapshot(product)));
		cache.evictProductAfterCommit(product.id(), product.slug());
	}

	void updated(ProductDetail product, List<String> changed, String previousSlug) {
		events.productUpdated(new ProductUpdated(snapshot(product), List.copyOf(changed)));
		evict(product, previousSlug);
	}

	/**
	 * The file service learns which files the product uses; search and the other catalogue copies get the product
	 * as usual, with its new first picture.
	 */
	void imagesChanged(ProductDetail product, List<String> fileIds) {
		events.productImagesChanged(new ProductImagesChanged(product.id(), List.copyOf(fileIds)));
		events.productUpdated(new ProductUpdated(snapshot(product), List.of("images")));
		evict(product, product.slug());
	}

	void deactivated(ProductDetail product, String previousSlug) {
		events.productDeactivated(new ProductDeactivated(product.id(), product.slug()));
		evict(product, previousSlug);
	}

	private void evict(ProductDetail product, String previousSlug) {
		cache.evictProductAfterCommit(product.id(), product.slug());
		if (!product.slug().equals(previousSlug)) {
			cache.evictProductAfterCommit(product.id(), previousSlug);
		}
	}

	static ProductSnapshot snapshot(ProductDetail product) {
		List<VariantSnapshot> variants = product.variants()
			.stream()
			.map(v -> new VariantSnapshot(v.id(), v.label(), v.unit().name(), v.unitValue(), v.price(), v.mrp(),
					v.farm().id(), v.active()))
			.toList();
		return new ProductSnapshot(product.id(), product.slug(), product.name(), product.nameHi(),
				product.category().id(), product.farm().id(), product.tags(), product.imageUrls(), product.hsnCode(),
				product.gstRate(), product.active(), variants);
	}
}
