/**
 * The delivery service: zones and their pincodes, delivery slots with capacity, bookings of those slots, riders, and
 * the deliveries of packed orders.
 */
package com.vurksha.delivery;
