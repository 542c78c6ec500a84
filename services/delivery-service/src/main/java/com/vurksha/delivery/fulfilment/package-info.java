/**
 * Deliveries of packed orders: the delivery aggregate and its states, the rider's calls (accept, pick up, location,
 * hand over with the doorstep OTP, fail), the failure follow-up and the events all of these publish.
 */
package com.vurksha.delivery.fulfilment;
