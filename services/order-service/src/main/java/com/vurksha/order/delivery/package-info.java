/** What deliveries do to orders: the delivery service's events consumed through the inbox. */
package com.vurksha.order.delivery;
