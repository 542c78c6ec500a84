package com.vurksha.payment.provider;

/** A provider order as created: its id and what it asks the customer to pay. */
public record ProviderOrder(String id, long amount, String currency) {
}
