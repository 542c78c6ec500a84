package com.vurksha.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.payment.payment.Outcome;
import com.vurksha.payment.payment.PaymentOutcomes;
import com.vurksha.payment.provider.RazorpayEntities;
import com.vurksha.payment.refund.RefundOutcomes;
import com.vurksha.platform.jdbc.SqlTimestamps;
import tools.jackson.databind.JsonNode;

/**
 * Stores each verified webhook once per provider event id and applies it in the same transaction: a duplicate
 * finds the event id taken and changes nothing; a failure stores nothing, so the provider's retry runs again.
 */
@Service
class WebhookLog {

	private final JdbcClient jdbc;

	private final PaymentOutcomes payments;

	private final RefundOutcomes refunds;

	private final Clock clock;

	WebhookLog(JdbcClient jdbc, PaymentOutcomes payments, RefundOutcomes refunds, Clock clock) {
		this.jdbc = jdbc;
		this.payments = payments;
		this.refunds = refunds;
		this.clock = clock;
	}

	@Transactional
	public WebhookReceipt receive(String eventId, byte[] body, JsonNode event) {
		String type = event.path("event").asString("unknown");
		int stored = jdbc.sql("""
				INSERT INTO webhook_event (event_id, provider, event_type, body, received_at, outcome)
				VALUES (:id, 'razorpay', :type, :body, :now, 'RECEIVED')
				ON CONFLICT (event_id) DO NOTHING""")
			.param("id", eventId)
			.param("type", type)
			.param("body", new String(body, StandardCharsets.UTF_8))
			.param("now", SqlTimestamps.utc(clock.instant()))
			.update();
		if (stored == 0) {
			return new WebhookReceipt(eventId, type, true, "DUPLICATE");
		}
		Outcome outcome = apply(type, event.path("payload"));
		jdbc.sql("UPDATE webhook_event SET outcome = :outcome WHERE event_id = :id")
			.param("outcome", outcome.name())
			.param("id", eventId)
			.update();
		return new WebhookReceipt(eventId, type, false, outcome.name());
	}

	private Outcome apply(String type, JsonNode payload) {
		String source = "webhook " + type;
		return switch (type) {
			case "payment.authorized", "payment.captured", "payment.failed", "order.paid" ->
				payments.apply(RazorpayEntities.payment(payload.path("payment").path("entity")), source);
			case "refund.created", "refund.processed", "refund.failed" ->
				refunds.apply(RazorpayEntities.refund(payload.path("refund").path("entity")), source);
			default -> Outcome.IGNORED;
		};
	}
}
