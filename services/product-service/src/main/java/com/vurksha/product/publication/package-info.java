/**
 * Publishes the service's events (records in the {@code product-events} contract module, package
 * {@code com.vurksha.product.events}) through the outbox. A package of its own, not the contract's: the local service
 * host shares the contract jar between applications and loads a shared package only from it.
 */
package com.vurksha.product.publication;
