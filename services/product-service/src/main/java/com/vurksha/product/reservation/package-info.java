/** Checkout reservations: packs held for an order while it is placed and paid, committed, released or expired. */
package com.vurksha.product.reservation;
