/** The delivery service: zones and their pincodes, delivery slots with capacity, and bookings of those slots. */
package com.vurksha.delivery;
