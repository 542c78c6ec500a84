/** Reacts to orders: an order placed from the cart takes the lines of the cart version it was placed from out of the cart, once per event. */
package com.vurksha.cart.ordering;
