package com.vurksha.product.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.product.cache.CatalogueCache;
import com.vurksha.product.publication.CatalogueEvents;
import com.vurksha.product.events.StockChanged;

/**
 * The packs checkouts hold. Each move runs inside the caller's transaction on rows it locked with
 * {@link #lockInOrder}, and writes the new reserved count, a ledger line and a {@code product.stock.changed} event,
 * then evicts the product from the cache once the transaction commits (its {@code inStock} may have flipped).
 *
 * <p>Commit keeps the packs reserved: an allocation still sits in {@code reserved} until packing takes it off the
 * shelf (a later issue decrements on-hand and reserved together with a PICK line). So a cancelled confirmed order
 * gives its packs back with the same release as an unpaid one.
 */
@Service
public class StockHolds {

	private final Inventory inventory;

	private final CatalogueEvents events;

	private final CatalogueCache cache;

	private final Clock clock;

	StockHolds(Inventory inventory, CatalogueEvents events, CatalogueCache cache, Clock clock) {
		this.inventory = inventory;
		this.events = events;
		this.cache = cache;
		this.clock = clock;
	}

	/** Locks the stock rows of the variants in variant-id order; variants without stock are left out. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<LockedStock> lockInOrder(List<String> variantIds) {
		return inventory.lockInOrder(variantIds.stream().sorted().distinct().toList());
	}

	/** Holds {@code quantity} more packs; 409 INSUFFICIENT_STOCK when fewer are available. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(LockedStock stock, int quantity, String reservationId, String actor) {
		move(stock, stock.level().hold(quantity), MovementReason.RESERVE, reservationId, actor, null);
	}

	/** Records that held packs now belong to a confirmed order; the counts stay as they are. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void commit(LockedStock stock, String reservationId, String actor) {
		move(stock, stock.level(), MovementReason.COMMIT, reservationId, actor, null);
	}

	/** Gives {@code quantity} held packs back to the shelf. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(LockedStock stock, int quantity, String reservationId, String actor, String note) {
		move(stock, stock.level().letGo(quantity), MovementReason.RELEASE, reservationId, actor, note);
	}

	private void move(LockedStock stock, StockLevel after, MovementReason reason, String reservationId, String actor,
			String note) {
		Instant now = clock.instant();
		int reservedDelta = after.reserved() - stock.level().reserved();
		if (reservedDelta != 0) {
			inventory.updateReserved(stock.variantId(), after, now);
		}
		inventory.recordHold(stock.variantId(), reason, after, reservedDelta, reservationId, actor, note, now);
		events.stockChanged(new StockChanged(stock.variantId(), stock.productId(), after.onHand(), after.reserved(),
				after.available(), 0, reservedDelta, reason.name(), reservationId));
		cache.evictProductAfterCommit(stock.productId(), stock.productSlug());
	}
}
