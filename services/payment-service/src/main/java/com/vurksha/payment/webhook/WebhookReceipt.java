package com.vurksha.payment.webhook;

/** The answer to a verified webhook: whether we had seen the event already and what applying it did. */
public record WebhookReceipt(String eventId, String event, boolean duplicate, String outcome) {
}
