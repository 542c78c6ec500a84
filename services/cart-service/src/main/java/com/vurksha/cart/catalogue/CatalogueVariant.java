package com.vurksha.cart.catalogue;

/**
 * One variant as the product service's {@code GET /internal/v1/variants} describes it now: its authoritative price,
 * stock and per-order limit.
 *
 * @param price GST-inclusive price in paise
 * @param available units that can be ordered now
 * @param maxPerOrder the most units one order may take
 * @param minQuantity the fewest units one order may take (1 when the product service does not say)
 * @param stepQuantity units above the minimum come in multiples of this (1 when the product service does not say)
 */
public record CatalogueVariant(String variantId, String productId, String productName, String variantLabel,
		String unit, Long unitValue, long price, long mrp, int available, boolean inStock, int maxPerOrder,
		boolean active, String imageUrl, Integer gstRateBp, Integer minQuantity, Integer stepQuantity) {

	public CatalogueVariant {
		minQuantity = (minQuantity == null || minQuantity < 1) ? 1 : minQuantity;
		stepQuantity = (stepQuantity == null || stepQuantity < 1) ? 1 : stepQuantity;
	}

	/** Whether one order may take exactly this many units, stock aside. */
	public boolean allows(int quantity) {
		return quantity >= minQuantity && quantity <= maxPerOrder && (quantity - minQuantity) % stepQuantity == 0;
	}

	/** The largest quantity one order may take out of {@code units}, or 0 when not even the minimum fits. */
	public int largestAllowedWithin(int units) {
		int cap = Math.min(units, maxPerOrder);
		if (cap < minQuantity) {
			return 0;
		}
		return minQuantity + ((cap - minQuantity) / stepQuantity) * stepQuantity;
	}
}
