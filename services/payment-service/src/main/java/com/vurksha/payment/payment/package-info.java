/** Payments for orders: the aggregate and its forward-only states, creation, reading and reconciliation. */
package com.vurksha.payment.payment;
