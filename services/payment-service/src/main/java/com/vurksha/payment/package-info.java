/** The payment service: online payments for orders, provider webhooks, reconciliation and refunds. */
package com.vurksha.payment;
