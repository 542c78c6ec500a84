/** Where a customer's order is on its way: the order's status with the delivery service's live view. */
package com.vurksha.order.tracking;
