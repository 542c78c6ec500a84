package com.vurksha.cart.cart;

import java.util.List;

import com.vurksha.cart.catalogue.CatalogueVariant;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;

/**
 * Whether a line may be set to a quantity: the variant exists and is sold, the quantity is within the variant's
 * per-order limit, is its minimum or a step above it, is within its stock, and a new line still fits in the cart. A quantity of 0 removes a line and needs
 * no rule.
 *
 * @param maxLines the most distinct variants one cart may hold
 */
public record CartRules(int maxLines) {

	/**
	 * @param lines the cart as it is before the change
	 * @param variant the product service's current description, or {@code null} when it does not know the id
	 * @throws ApiException naming the rule that refuses the change
	 */
	public void checkChange(List<StoredLine> lines, String variantId, int quantity, CatalogueVariant variant) {
		if (variant == null) {
			throw new ApiException(CartErrorCode.VARIANT_NOT_FOUND, "No variant " + variantId + " is sold");
		}
		if (!variant.active()) {
			throw new ApiException(CartErrorCode.VARIANT_UNAVAILABLE, "Variant " + variantId + " is no longer sold");
		}
		if (quantity > variant.maxPerOrder()) {
			throw new ApiException(CartErrorCode.QUANTITY_ABOVE_MAX_PER_ORDER,
					"At most " + variant.maxPerOrder() + " of this item per order")
				.withDetails(List.of(new FieldViolation("quantity", "at most " + variant.maxPerOrder())));
		}
		if (!variant.allows(quantity)) {
			String rule = "at least " + variant.minQuantity() + ", in steps of " + variant.stepQuantity();
			throw new ApiException(CartErrorCode.QUANTITY_NOT_ALLOWED, "This item is sold " + rule)
				.withDetails(List.of(new FieldViolation("quantity", rule)));
		}
		int available = variant.inStock() ? Math.max(0, variant.available()) : 0;
		if (quantity > available) {
			throw new ApiException(CartErrorCode.INSUFFICIENT_STOCK, "Only " + available + " in stock")
				.withDetails(List.of(new FieldViolation(variantId, "available " + available)));
		}
		boolean newLine = lines.stream().noneMatch(line -> line.variantId().equals(variantId));
		if (newLine && lines.size() >= maxLines) {
			throw cartFull();
		}
	}

	ApiException cartFull() {
		return new ApiException(CartErrorCode.CART_LINE_LIMIT,
				"A cart holds at most " + maxLines + " different items; remove one first");
	}
}
