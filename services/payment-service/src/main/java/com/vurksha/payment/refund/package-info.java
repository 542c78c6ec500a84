/**
 * Refunds of captured payments, full or partial, idempotent per request and never above what was captured; started
 * by operators or by the order events that ask for them.
 */
package com.vurksha.payment.refund;
