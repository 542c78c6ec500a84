package com.vurksha.delivery.fulfilment;

/**
 * Published in-process when a delivery becomes UNASSIGNED (created, rejected, timed out, reattempted), so a rider is
 * looked for as soon as the change commits instead of at the next sweep.
 */
public record DeliveryAwaitsRider(String deliveryId) {
}
