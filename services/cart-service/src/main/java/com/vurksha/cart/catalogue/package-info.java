/** What the cart asks the product service: the current price, stock and limits of the variants in a cart. */
package com.vurksha.cart.catalogue;
