/** The cart itself: its lines in Redis, the rules a change must pass, and how a stored cart is priced. */
package com.vurksha.cart.cart;
