/** Reacts to the order service's events: a confirmed order confirms its slot booking, a cancelled one releases it. */
package com.vurksha.delivery.orderevents;
