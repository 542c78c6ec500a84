/**
 * The events the product service publishes, as past-tense records; routing keys are
 * {@code product.product.created|updated|deactivated}, {@code product.stock.changed} and
 * {@code product.review.submitted}, all version 1.
 */
package com.vurksha.product.events;
