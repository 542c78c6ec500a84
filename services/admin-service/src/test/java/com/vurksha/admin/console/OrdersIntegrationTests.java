package com.vurksha.admin.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.vurksha.admin.audit.AuditEntry;
import com.vurksha.admin.audit.AuditLog;
import com.vurksha.platform.api.PageQuery;

/** The orders queue and one order's page; packing and cancelling go to the order service and into the audit log. */
class OrdersIntegrationTests extends ConsoleTest {

	@org.springframework.beans.factory.annotation.Autowired
	AuditLog audit;

	@Test
	void listsTheQueueFilteredByStatusZoneAndDate() {
		String confirmed = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		String otherZone = rows.order("CONFIRMED", "zone-b", "2026-12-08");
		String packed = rows.order("PACKED", "zone-a", "2026-12-08");
		signInAsOperator();

		HttpResponse<String> queue = console.get("/admin/orders?status=CONFIRMED&zone=zone-a&date=2026-12-08");

		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains(confirmed).doesNotContain(otherZone).doesNotContain(packed);
	}

	@Test
	void offersTheDeliveryServicesZonesAndTheZonesSlotsOnTheDayAsFilters() {
		OWNERS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/admin/delivery/zones"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(envelope("[{\"id\":\"zone-a\",\"name\":\"Indiranagar\"}]"))));
		OWNERS.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlEqualTo("/api/v1/admin/delivery/zones/zone-a/slots?date=2026-12-08"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(envelope("[{\"id\":\"slot-9\",\"start\":\"2026-12-08T03:30:00Z\",\"capacity\":30,"
						+ "\"booked\":12}]"))));
		signInAsOperator();

		HttpResponse<String> queue = console.get("/admin/orders?zone=zone-a&date=2026-12-08");

		assertThat(queue.body()).contains("Indiranagar").contains("value=\"slot-9\"").contains("08 Dec 09:00 (12/30)");
	}

	@Test
	void keepsTheQueueWhenTheDeliveryServiceCannotOfferZones() {
		String order = rows.order("CONFIRMED", "zone-z", "2026-12-09");
		OWNERS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/admin/delivery/zones"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		signInAsOperator();

		HttpResponse<String> queue = console.get("/admin/orders?zone=zone-z");

		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains(order).contains("placeholder=\"zone id\"");
	}

	@Test
	void packsAnOrderWithTheOperatorsTokenAndAuditsIt() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(envelope("{\"id\":\"" + order + "\",\"status\":\"PACKED\"}"))));
		String operator = signInAsOperator();
		console.get("/admin/orders/" + order);

		HttpResponse<String> packed = console.post("/admin/orders/" + order + "/pack", Map.of());

		assertThat(packed.statusCode()).isEqualTo(302);
		assertThat(console.follow(packed).body()).contains("Order marked packed.");
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.withHeader("Authorization", matching("Bearer eyJ.+"))
			.withRequestBody(equalToJson("{\"status\":\"PACKED\"}")));
		AuditEntry entry = onlyEntryOf(operator);
		assertThat(entry.action()).isEqualTo("order.pack");
		assertThat(entry.targetId()).isEqualTo(order);
		assertThat(entry.outcome()).isEqualTo(200);
		assertThat(((JsonNode) entry.before()).at("/order/status").asString()).isEqualTo("CONFIRMED");
		assertThat(((JsonNode) entry.after()).at("/data/status").asString()).isEqualTo("PACKED");
	}

	@Test
	void showsTheOrderServicesRefusalAndAuditsIt() {
		String order = rows.order("DELIVERED", "zone-a", "2026-12-08");
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"ILLEGAL_TRANSITION\",\"message\":\"The order is "
						+ "DELIVERED and cannot become CANCELLED\"}}")));
		String operator = signInAsOperator();
		console.get("/admin/orders/" + order);

		HttpResponse<String> cancelled = console.post("/admin/orders/" + order + "/cancel",
				Map.of("reason", "Customer asked by phone"));

		assertThat(console.follow(cancelled).body()).contains("The order is DELIVERED and cannot become CANCELLED")
			.contains("409 ILLEGAL_TRANSITION");
		AuditEntry entry = onlyEntryOf(operator);
		assertThat(entry.action()).isEqualTo("order.cancel");
		assertThat(entry.outcome()).isEqualTo(409);
		assertThat(((JsonNode) entry.before()).get("reason").asString()).isEqualTo("Customer asked by phone");
	}

	@Test
	void refusesACancellationWithoutAReasonBeforeAskingTheOrderService() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		signInAsOperator();
		console.get("/admin/orders/" + order);

		HttpResponse<String> cancelled = console.post("/admin/orders/" + order + "/cancel", Map.of("reason", " "));

		assertThat(console.follow(cancelled).body()).contains("Give a reason for cancelling");
		OWNERS.verify(0, postRequestedFor(urlEqualTo("/api/v1/admin/orders/" + order + "/status")));
	}

	@Test
	void refundsPartOfAPaymentOnceWithTheFormsKey() {
		String order = rows.order("DELIVERED", "zone-a", "2026-12-08");
		String payment = rows.capturedPayment(order, 28000);
		OWNERS.stubFor(post(urlEqualTo("/api/v1/payments/" + payment + "/refunds")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(envelope("{\"status\":\"PENDING\",\"amount\":5000}"))));
		String operator = signInAsOperator();
		HttpResponse<String> page = console.get("/admin/orders/" + order);
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"key\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(key.find()).isTrue();

		HttpResponse<String> refunded = console.post("/admin/orders/" + order + "/payments/" + payment + "/refund",
				Map.of("amount", "50", "reason", "Bruised mangoes", "key", key.group(1)));

		assertThat(console.follow(refunded).body()).contains("Refund asked for");
		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/payments/" + payment + "/refunds"))
			.withHeader("X-Idempotency-Key", equalTo(key.group(1)))
			.withHeader("Authorization", matching("Bearer .+"))
			.withRequestBody(equalToJson("{\"amount\":5000,\"reason\":\"Bruised mangoes\"}")));
		AuditEntry entry = onlyEntryOf(operator);
		assertThat(entry.action()).isEqualTo("payment.refund");
		assertThat(((JsonNode) entry.before()).get("captured_paise").asLong()).isEqualTo(28000);
	}

	@Test
	void saysSoWhenTheOrderServiceIsDown() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		signInAsOperator();
		console.get("/admin/orders/" + order);

		HttpResponse<String> packed = console.post("/admin/orders/" + order + "/pack", Map.of());

		assertThat(packed.statusCode()).isEqualTo(503);
		assertThat(packed.body()).contains("The order service is not answering").doesNotContain("Exception")
			.doesNotContain("at com.");
	}

	@Test
	void saysSoWhenTheOrderServiceIsTooSlow() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.withHeader("Authorization", matching("Bearer .+"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
		signInAsOperator();
		console.get("/admin/orders/" + order);

		HttpResponse<String> packed = console.post("/admin/orders/" + order + "/pack", Map.of());

		assertThat(packed.statusCode()).isEqualTo(503);
		assertThat(packed.body()).contains("The order service is not answering");
	}

	@Test
	void refreshesAnExpiringTokenBeforeCallingTheOwner() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		String operator = signInAs(java.util.List.of("ADMIN"), java.time.Duration.ofSeconds(10));
		console.follow(lastSignIn);
		String fresh = com.vurksha.platformtest.TestTokens.token(operator, java.util.List.of("ADMIN"),
				com.vurksha.platformtest.TestTokens.ISSUER, java.time.Duration.ofMinutes(15));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/token/refresh"))
			.withRequestBody(equalToJson("{\"refreshToken\":\"refresh-" + operator + "\"}"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(envelope("{\"accessToken\":\"" + fresh + "\",\"refreshToken\":\"refresh-2\",\"user\":{}}"))));
		OWNERS.stubFor(post(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(envelope("{}"))));
		console.get("/admin/orders/" + order);

		console.post("/admin/orders/" + order + "/pack", Map.of());

		OWNERS.verify(postRequestedFor(urlEqualTo("/api/v1/admin/orders/" + order + "/status"))
			.withHeader("Authorization", equalTo("Bearer " + fresh)));
	}

	@Test
	void endsTheSessionWhenTheUserServiceRefusesTheRefresh() {
		String order = rows.order("CONFIRMED", "zone-a", "2026-12-08");
		signInAs(java.util.List.of("ADMIN"), java.time.Duration.ofSeconds(10));
		console.follow(lastSignIn);
		OWNERS.stubFor(post(urlEqualTo("/api/v1/auth/token/refresh")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"success\":false,\"error\":{\"code\":\"REFRESH_TOKEN_REVOKED\",\"message\":\"Sign in again\"}}")));
		console.get("/admin/orders/" + order);

		HttpResponse<String> packed = console.post("/admin/orders/" + order + "/pack", Map.of());

		assertThat(packed.statusCode()).isEqualTo(302);
		assertThat(packed.headers().firstValue("Location")).hasValue("/admin/sign-in");
		assertThat(console.get("/admin/").statusCode()).isEqualTo(302);
		OWNERS.verify(0, postRequestedFor(urlEqualTo("/api/v1/admin/orders/" + order + "/status")));
	}

	private AuditEntry onlyEntryOf(String operator) {
		AuditLog.Page page = audit.list(new AuditLog.Filter(operator, null, null, null, null), new PageQuery(1, 10));
		assertThat(page.items()).hasSize(1);
		return page.items().get(0);
	}
}
