package com.vurksha.payment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.payment.payment.Reconciliation;
import com.vurksha.payment.refund.RefundDesk;
import com.vurksha.payment.support.PaymentIntegrationTest;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reporting views are the payment service's contract with the admin service's reports: their columns may only
 * be added to, they answer what their comments say, and the read-only reporting role reads them and nothing else.
 */
class ReportingViewsIntegrationTests extends PaymentIntegrationTest {

	static final List<String> VIEWS = List.of("payments_v1", "refunds_v1", "unreconciled_payments_v1");

	@Autowired
	DataSource dataSource;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	RefundDesk refunds;

	@Nested
	class Contract {

		@ParameterizedTest
		@ValueSource(strings = { "payments_v1", "refunds_v1", "unreconciled_payments_v1" })
		void keepsEveryCommittedColumnWithItsType(String view) throws IOException {
			Map<String, String> actual = new LinkedHashMap<>();
			jdbc.sql("""
					SELECT column_name, data_type FROM information_schema.columns
					WHERE table_schema = 'reporting' AND table_name = :view""")
				.param("view", view)
				.query((rs, row) -> actual.put(rs.getString(1), rs.getString(2)))
				.list();

			assertThat(actual).containsAllEntriesOf(committedColumns(view));
		}

		@Test
		void describesEveryViewAndColumn() {
			List<String> undescribed = jdbc.sql("""
					SELECT c.relname || coalesce('.' || a.attname, '') FROM pg_class c
					JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'reporting'
					LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
					WHERE c.relkind = 'v' AND (obj_description(c.oid, 'pg_class') IS NULL
					    OR (a.attnum IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))""")
				.query(String.class)
				.list();

			assertThat(undescribed).isEmpty();
		}
	}

	@Nested
	class Meaning {

		@Test
		void showsACapturedPaymentPartlyRefundedWithOneRefundStillPending() {
			Captured payment = capturedPayment(50_000);
			JsonNode processed = refundByOperator(payment, 30_000);
			deliverWebhook(webhookBody("refund.processed",
					Map.of("refund", refundEntity(processed, payment.providerPaymentId(), 30_000))), unique("evt_"),
					WEBHOOK_SECRET);
			JsonNode pending = refundByOperator(payment, 5_000);

			Map<String, Object> row = row("payments_v1", "payment_id", payment.id());
			assertThat(row).containsEntry("order_id", payment.orderId())
				.containsEntry("status", "PARTIALLY_REFUNDED")
				.containsEntry("provider_payment_id", payment.providerPaymentId())
				.containsEntry("amount_paise", 50_000L)
				.containsEntry("captured_paise", 50_000L)
				.containsEntry("refunded_paise", 30_000L)
				.containsEntry("net_paise", 20_000L)
				.containsEntry("attempts", 1)
				.containsEntry("failure_reason", null);
			assertThat(row.get("captured_at")).isNotNull();
			assertThat(row("refunds_v1", "refund_id", processed.get("refundId").asString()))
				.containsEntry("status", "PROCESSED")
				.containsEntry("requested_by", "OPERATOR")
				.containsEntry("order_id", payment.orderId())
				.containsEntry("amount_paise", 30_000L)
				.satisfies(refund -> assertThat(refund.get("completed_at")).isNotNull());
			assertThat(row("refunds_v1", "refund_id", pending.get("refundId").asString()))
				.containsEntry("status", "PENDING")
				.containsEntry("amount_paise", 5_000L)
				.containsEntry("completed_at", null);
			assertThat(issuesOf(payment.id())).isEmpty();
		}

		@Test
		void showsAFailedAttemptAsNothingTaken() {
			JsonNode payment = openedPayment(unique("cust-"), 12_000);
			deliverPaymentEvent("payment.failed", paymentEntity(unique("pay_"),
					payment.get("providerOrderId").asString(), "failed", 12_000));

			assertThat(row("payments_v1", "payment_id", payment.get("paymentId").asString()))
				.containsEntry("status", "FAILED")
				.containsEntry("captured_paise", 0L)
				.containsEntry("net_paise", 0L)
				.containsEntry("failure_reason", "Payment was declined by the bank")
				.containsEntry("captured_at", null);
		}

		@Test
		void tellsARefundOfACancelledOrderFromAnOperatorsRefund() {
			Captured payment = capturedPayment(20_000);
			razorpayRefunds(payment);

			String refundId = refunds.attempt(payment.id(), null, "order-cancelled:" + payment.orderId(), "Cancelled")
				.orElseThrow()
				.refundId();

			assertThat(row("refunds_v1", "refund_id", refundId)).containsEntry("requested_by", "ORDER_CANCELLED")
				.containsEntry("amount_paise", 20_000L);
		}

		@Test
		void listsAPaymentTheProviderHadNoOutcomeFor() {
			JsonNode payment = openedPayment(unique("cust-"), 8_000);
			String paymentId = payment.get("paymentId").asString();
			jdbc.sql("UPDATE payment SET created_at = created_at - interval '1 hour' WHERE id = :id")
				.param("id", paymentId)
				.update();
			wiremock.stubFor(get(urlEqualTo("/v1/orders/" + payment.get("providerOrderId").asString() + "/payments"))
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"entity\":\"collection\",\"count\":0,\"items\":[]}")));

			reconciliation.reconcile();

			assertThat(issuesOf(paymentId)).containsExactly("OPEN_AFTER_PROVIDER_CHECK");
		}

		@Test
		void listsACapturedPaymentMissingFromTheLedger() {
			Captured payment = capturedPayment(15_000);
			// No code path loses a ledger entry; the view exists to catch what code cannot explain.
			jdbc.sql("DELETE FROM payment_transaction WHERE payment_id = :id").param("id", payment.id()).update();

			assertThat(issuesOf(payment.id())).containsExactly("CAPTURE_LEDGER_MISMATCH");
			assertThat(row("unreconciled_payments_v1", "payment_id", payment.id()))
				.containsEntry("amount_paise", 15_000L)
				.containsEntry("ledger_captured_paise", 0L);
		}
	}

	@Nested
	class ReportingRole {

		@Test
		void readsTheViewsButNotTheServicesTables() throws SQLException {
			String role = "reporting_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String url;
			try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
				url = admin.getMetaData().getURL();
				statement.execute("CREATE ROLE " + role + " LOGIN");
				statement.execute("GRANT vurksha_reporting TO " + role);
			}
			try (Connection reporter = DriverManager.getConnection(url, role, "");
					Statement statement = reporter.createStatement()) {
				for (String view : VIEWS) {
					statement.executeQuery("SELECT * FROM reporting." + view + " LIMIT 1").close();
				}
				for (String table : List.of("payment", "refund", "payment_transaction", "webhook_event")) {
					assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + table + " LIMIT 1"))
						.isInstanceOf(SQLException.class)
						.hasMessageContaining("permission denied");
				}
			}
			finally {
				try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
					statement.execute("DROP ROLE IF EXISTS " + role);
				}
			}
		}
	}

	/** A payment the customer paid, with the provider's id of the attempt that captured it. */
	record Captured(String id, String orderId, String providerPaymentId) {
	}

	private Captured capturedPayment(long amount) {
		JsonNode payment = openedPayment(unique("cust-"), amount);
		String providerPaymentId = unique("pay_");
		deliverPaymentEvent("payment.captured",
				paymentEntity(providerPaymentId, payment.get("providerOrderId").asString(), "captured", amount));
		return new Captured(payment.get("paymentId").asString(), payment.get("orderId").asString(),
				providerPaymentId);
	}

	private JsonNode refundByOperator(Captured payment, long amount) {
		razorpayRefunds(payment);
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", unique("key-"));
		return api.send(HttpMethod.POST, "/api/v1/payments/" + payment.id() + "/refunds", TestTokens.admin(),
				Map.of("amount", amount, "reason", "Damaged in transit"), headers)
			.data();
	}

	/** Razorpay accepts refunds of the payment as pending, echoing our refund id. */
	private void razorpayRefunds(Captured payment) {
		wiremock.stubFor(post(urlEqualTo("/v1/payments/" + payment.providerPaymentId() + "/refund"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withTransformers("response-template")
				.withBody("""
						{"id":"rfnd_{{request.headers.X-Refund-Idempotency}}","entity":"refund",
						 "amount":{{jsonPath request.body '$.amount'}},"currency":"INR","payment_id":"%s",
						 "notes":{"refund_id":"{{request.headers.X-Refund-Idempotency}}"},"status":"pending"}"""
					.formatted(payment.providerPaymentId()))));
	}

	private static Map<String, Object> refundEntity(JsonNode refund, String providerPaymentId, long amount) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", refund.get("providerRefundId").asString());
		entity.put("entity", "refund");
		entity.put("amount", amount);
		entity.put("currency", "INR");
		entity.put("payment_id", providerPaymentId);
		entity.put("notes", Map.of("refund_id", refund.get("refundId").asString()));
		entity.put("status", "processed");
		return entity;
	}

	private Map<String, Object> row(String view, String idColumn, String id) {
		return jdbc.sql("SELECT * FROM reporting." + view + " WHERE " + idColumn + " = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

	private List<String> issuesOf(String paymentId) {
		return jdbc.sql("SELECT issue FROM reporting.unreconciled_payments_v1 WHERE payment_id = :id ORDER BY issue")
			.param("id", paymentId)
			.query(String.class)
			.list();
	}

	private static Map<String, String> committedColumns(String view) throws IOException {
		Map<String, String> columns = new LinkedHashMap<>();
		try (InputStream in = ReportingViewsIntegrationTests.class
			.getResourceAsStream("/reporting/" + view + ".columns")) {
			assertThat(in).as("committed columns of " + view).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					int space = line.indexOf(' ');
					columns.put(line.substring(0, space).strip(), line.substring(space + 1).strip());
				}
			}
		}
		return columns;
	}
}
