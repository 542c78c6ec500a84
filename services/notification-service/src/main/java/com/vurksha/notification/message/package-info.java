/**
 * Outgoing push, SMS and e-mail messages: queued in the event's transaction, sent by the dispatcher through each
 * provider's circuit breaker, retried with backoff, and dead-lettered when they cannot be delivered.
 */
package com.vurksha.notification.message;
