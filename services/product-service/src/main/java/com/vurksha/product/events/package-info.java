/**
 * The events the product service publishes, as past-tense records; routing keys are
 * {@code product.product.created|updated|deactivated} and {@code product.stock.changed}, all version 1.
 */
package com.vurksha.product.events;
