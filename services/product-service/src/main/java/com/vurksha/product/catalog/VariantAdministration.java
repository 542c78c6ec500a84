package com.vurksha.product.catalog;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.BadInput;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.inventory.StockLedger;

/** Adds packs to products and changes them, price included. */
@Service
class VariantAdministration {

	private final ProductStore store;

	private final ProductQueries queries;

	private final Placement placement;

	private final StockLedger ledger;

	private final CatalogueChanges changes;

	private final Clock clock;

	VariantAdministration(ProductStore store, ProductQueries queries, Placement placement, StockLedger ledger,
			CatalogueChanges changes, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.placement = placement;
		this.ledger = ledger;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional
	VariantView addTo(String productIdOrSlug, NewVariant request, String actor) {
		ProductRow product = store.lock(productIdOrSlug).orElseThrow(() -> ProductAdministration.notFound(productIdOrSlug));
		VariantRow variant = add(product, request, "", actor);
		ProductDetail detail = ProductAdministration.adminView(queries, product.id());
		changes.updated(detail, List.of("variants"), product.slug());
		return viewOf(detail, variant.id());
	}

	@Transactional
	VariantView update(String productIdOrSlug, String variantId, VariantChanges request) {
		ProductRow product = store.lock(productIdOrSlug).orElseThrow(() -> ProductAdministration.notFound(productIdOrSlug));
		VariantRow before = store.variant(product.id(), variantId)
			.orElseThrow(() -> new ApiException(ProductErrorCode.VARIANT_NOT_FOUND,
					"Product " + productIdOrSlug + " has no variant " + variantId));
		VariantRow after = before.with(request, (request.farmId() != null) ? placement.farm(request.farmId()) : null);
		check(after, "");
		List<String> changed = after.changedSince(before);
		if (!changed.isEmpty()) {
			store.update(after, clock.instant());
		}
		ProductDetail detail = ProductAdministration.adminView(queries, product.id());
		if (!changed.isEmpty()) {
			changes.updated(detail, changed, product.slug());
		}
		return viewOf(detail, variantId);
	}

	/** Adds one pack within the caller's transaction; {@code field} prefixes error details ("variants[1]."). */
	@Transactional(propagation = Propagation.MANDATORY)
	VariantRow add(ProductRow product, NewVariant request, String field, String actor) {
		VariantRow variant = new VariantRow(UUID.randomUUID().toString(), product.id(), request.unit(),
				request.unitValue(), request.price(), request.mrp(), or(request.minQuantity(), 1),
				or(request.stepQuantity(), 1), or(request.maxPerOrder(), 10),
				(request.farmId() != null) ? placement.farm(request.farmId()) : null, or(request.sortOrder(), 0), true);
		check(variant, field);
		store.insert(variant, clock.instant());
		ledger.open(variant.id(), product.id(), or(request.initialStock(), 0), actor);
		return variant;
	}

	/** Rules that span fields, which Bean Validation on one field cannot see. */
	private static void check(VariantRow variant, String field) {
		if (variant.price() > variant.mrp()) {
			throw BadInput.field(field + "price", "must not exceed the MRP of " + variant.mrp() + " paise");
		}
		if (variant.maxPerOrder() < variant.minQuantity()) {
			throw BadInput.field(field + "maxPerOrder", "must be at least the minimum quantity " + variant.minQuantity());
		}
	}

	private static VariantView viewOf(ProductDetail detail, String variantId) {
		return detail.variants().stream().filter(v -> v.id().equals(variantId)).findFirst().orElseThrow();
	}

	private static int or(Integer value, int fallback) {
		return (value != null) ? value : fallback;
	}
}
