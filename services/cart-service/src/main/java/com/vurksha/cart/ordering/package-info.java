/** Reacts to orders: an order placed from the cart takes its quantities out of the cart, once per event. */
package com.vurksha.cart.ordering;
