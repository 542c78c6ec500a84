package com.vurksha.cart.cart;

/**
 * One line of the cart as the customer sees it.
 *
 * @param unitPrice GST-inclusive price in paise: the current one, or the last known one when a warning says so
 * @param lineTotal {@code unitPrice × quantity} in paise
 * @param inStock whether the line can be ordered now; lines that cannot are not in the subtotal
 */
public record CartItem(String variantId, String productId, String productName, String variantLabel, String imageUrl,
		int quantity, long unitPrice, long mrp, long lineTotal, boolean inStock, int available) {
}
