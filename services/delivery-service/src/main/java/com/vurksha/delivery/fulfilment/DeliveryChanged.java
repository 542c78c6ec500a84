package com.vurksha.delivery.fulfilment;

/**
 * Published in-process (inside the transaction) whenever a delivery's status changes, so views built on it can
 * forget what they cached. Location pings alone do not raise it.
 */
public record DeliveryChanged(String deliveryId, String orderId) {
}
