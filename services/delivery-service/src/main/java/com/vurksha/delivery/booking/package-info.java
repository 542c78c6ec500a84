/** Bookings of slot places for orders: held during checkout and payment, confirmed, released or expired. */
package com.vurksha.delivery.booking;
