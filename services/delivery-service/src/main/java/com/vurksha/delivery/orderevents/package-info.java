/**
 * Reacts to the order service's events: a confirmed order confirms its slot booking, a cancelled one releases it and
 * cancels its delivery before pickup, and a packed one opens its delivery.
 */
package com.vurksha.delivery.orderevents;
