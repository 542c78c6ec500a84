package com.vurksha.product.catalog;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.Slugs;

/** Adds, changes and deactivates products; every change raises its event and evicts the cache. */
@Service
class ProductAdministration {

	private final ProductStore store;

	private final ProductQueries queries;

	private final Placement placement;

	private final VariantAdministration variants;

	private final CatalogueChanges changes;

	private final Clock clock;

	ProductAdministration(ProductStore store, ProductQueries queries, Placement placement,
			VariantAdministration variants, CatalogueChanges changes, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.placement = placement;
		this.variants = variants;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional
	ProductDetail create(NewProduct request, String actor) {
		ProductRow product = new ProductRow(UUID.randomUUID().toString(), Slugs.chosen(request.slug(), request.name()),
				request.name().strip(), request.nameHi(), request.description(), placement.category(request.categoryId()),
				placement.farm(request.farmId()), ProductRow.normalisedTags(request.tags()),
				(request.images() != null) ? List.copyOf(request.images()) : List.of(), request.hsnCode(),
				request.gstRate(), true, 0);
		try {
			store.insert(product, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(product.slug());
		}
		for (int i = 0; i < request.variants().size(); i++) {
			variants.add(product, request.variants().get(i), "variants[" + i + "].", actor);
		}
		ProductDetail detail = adminView(queries, product.id());
		changes.created(detail);
		return detail;
	}

	@Transactional
	ProductDetail update(String idOrSlug, ProductChanges request) {
		ProductRow before = store.lock(idOrSlug).orElseThrow(() -> notFound(idOrSlug));
		ProductRow after = before.with(request,
				(request.categoryId() != null) ? placement.category(request.categoryId()) : null,
				(request.farmId() != null) ? placement.farm(request.farmId()) : null);
		List<String> changed = after.changedSince(before);
		if (changed.isEmpty()) {
			return adminView(queries, before.id());
		}
		try {
			store.update(after, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(after.slug());
		}
		ProductDetail detail = adminView(queries, before.id());
		if (before.active() && !after.active()) {
			changes.deactivated(detail, before.slug());
		}
		else {
			changes.updated(detail, changed, before.slug());
		}
		return detail;
	}

	/** Takes a product off the shelf; it stays in the database for past orders and can be reactivated. */
	@Transactional
	void deactivate(String idOrSlug) {
		update(idOrSlug, new ProductChanges(null, null, null, null, null, null, null, null, null, null, false, null));
	}

	@Transactional(readOnly = true)
	ProductDetail view(String idOrSlug) {
		return adminView(queries, idOrSlug);
	}

	static ProductDetail adminView(ProductQueries queries, String idOrSlug) {
		return queries.detail(idOrSlug, true).orElseThrow(() -> notFound(idOrSlug));
	}

	static ApiException notFound(String idOrSlug) {
		return new ApiException(ProductErrorCode.PRODUCT_NOT_FOUND, "Product " + idOrSlug + " does not exist");
	}

	private static ApiException slugTaken(String slug) {
		return new ApiException(ProductErrorCode.SLUG_TAKEN, "A product with slug '" + slug + "' exists");
	}
}
