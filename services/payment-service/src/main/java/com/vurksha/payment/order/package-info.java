/** The order service as the payment service reads it: the order to be paid, with the customer's own token. */
package com.vurksha.payment.order;
