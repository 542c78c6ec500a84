package com.vurksha.order.order;

/** How the customer pays: cash on delivery, or online before the order is confirmed. */
public enum PaymentMethod {

	COD, ONLINE
}
