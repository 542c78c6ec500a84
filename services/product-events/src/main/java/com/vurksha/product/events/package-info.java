/**
 * The events the product service publishes, as past-tense records; routing keys are
 * {@code product.product.created|updated|deactivated|rating-changed}, {@code product.stock.changed} and
 * {@code product.review.submitted}, all version 1 ({@link com.vurksha.product.events.ProductEventTypes}). The records
 * live in the {@code product-events} contract module so that consumers read the producer's own types; nothing else
 * may live in this package (the local service host loads a package shared between applications from one jar only).
 */
package com.vurksha.product.events;
