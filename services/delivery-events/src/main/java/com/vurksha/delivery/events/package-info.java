/**
 * The events the delivery service publishes, as past-tense records: a delivery's
 * {@code delivery.delivery.assigned|accepted|picked-up|arriving-soon|arrived|delivered|failed} and a slot booking's
 * {@code delivery.slot-booking.held|confirmed|released}, all version 1 ({@link com.vurksha.delivery.events.DeliveryEventTypes}).
 * The records live in the {@code delivery-events} contract module so that consumers read the producer's own types;
 * nothing else may live in this package (the local service host loads a package shared between applications from
 * one jar only).
 */
package com.vurksha.delivery.events;
