package com.vurksha.product.inventory;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.BadInput;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.cache.CatalogueCache;
import com.vurksha.product.publication.CatalogueEvents;
import com.vurksha.product.events.StockChanged;

/**
 * Moves stock: every move locks the variant's row, checks the rules, writes the new level, a ledger line and a
 * {@code product.stock.changed} event in one transaction, and evicts the product from the cache once committed.
 */
@Service
public class StockLedger {

	static final int RECENT_MOVEMENTS = 20;

	private final Inventory inventory;

	private final CatalogueEvents events;

	private final CatalogueCache cache;

	private final Clock clock;

	StockLedger(Inventory inventory, CatalogueEvents events, CatalogueCache cache, Clock clock) {
		this.inventory = inventory;
		this.events = events;
		this.cache = cache;
		this.clock = clock;
	}

	@Transactional
	public StockView update(String variantId, StockUpdate update, String actor) {
		requireOneOf(update);
		if (!update.reason().manual()) {
			throw BadInput.field("reason", update.reason() + " is recorded by checkout and packing, not by hand");
		}
		Inventory.Row row = inventory.lock(variantId).orElseThrow(() -> unknownVariant(variantId));
		StockLevel before = row.level();
		StockLevel after = (update.onHand() != null) ? before.setTo(update.onHand(), update.reason())
				: before.move(update.delta(), update.reason());
		write(row.variantId(), row.productId(), before, after, update.reason(), actor, update.note());
		cache.evictProductAfterCommit(row.productId(), row.productSlug());
		return view(variantId);
	}

	@Transactional(readOnly = true)
	public StockView view(String variantId) {
		return inventory.view(variantId, RECENT_MOVEMENTS).orElseThrow(() -> unknownVariant(variantId));
	}

	/** Gives a new variant its stock row; joins the transaction that creates the variant. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void open(String variantId, String productId, int initialOnHand, String actor) {
		inventory.open(variantId, 0, clock.instant());
		if (initialOnHand > 0) {
			StockLevel empty = new StockLevel(0, 0);
			write(variantId, productId, empty, empty.move(initialOnHand, MovementReason.RECEIVE),
					MovementReason.RECEIVE, actor, "Opening stock");
		}
	}

	private void write(String variantId, String productId, StockLevel before, StockLevel after, MovementReason reason,
			String actor, String note) {
		Instant now = clock.instant();
		int delta = after.onHand() - before.onHand();
		inventory.update(variantId, after, now);
		inventory.record(variantId, delta, reason, after.onHand(), actor, note, now);
		if (delta != 0) {
			events.stockChanged(new StockChanged(variantId, productId, after.onHand(), after.reserved(),
					after.available(), delta, 0, reason.name(), null));
		}
	}

	private static void requireOneOf(StockUpdate update) {
		if ((update.onHand() == null) == (update.delta() == null)) {
			throw BadInput.field("onHand", "send either onHand (the counted figure) or delta (the change), not "
					+ ((update.onHand() == null) ? "neither" : "both"));
		}
	}

	private static ApiException unknownVariant(String variantId) {
		return new ApiException(ProductErrorCode.VARIANT_NOT_FOUND, "Variant " + variantId + " does not exist");
	}
}
