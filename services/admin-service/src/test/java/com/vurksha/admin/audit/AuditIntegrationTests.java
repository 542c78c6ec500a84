package com.vurksha.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.support.AdminIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

/** The audit log lists operator actions newest first, filtered, to admins only. */
class AuditIntegrationTests extends AdminIntegrationTest {

	@Autowired
	AuditLog audit;

	@Test
	void listsActionsNewestFirstWithWhatTheyChanged() {
		String operator = "op-" + UUID.randomUUID();
		String order = "ord-" + UUID.randomUUID();
		audit.record(new AuditLog.Action(operator, "order.pack", "order", order), 200,
				json.readTree("{\"status\":\"CONFIRMED\"}"), json.readTree("{\"status\":\"PACKED\"}"), "req_a");
		audit.record(new AuditLog.Action(operator, "order.cancel", "order", order), 409,
				json.readTree("{\"status\":\"PACKED\"}"), json.readTree("{\"code\":\"ORDER_STATE_CONFLICT\"}"), "req_b");
		audit.record(new AuditLog.Action("someone-else", "stock.count", "variant", "var-1"), 200, null,
				json.readTree("{\"onHand\":4}"), "req_c");

		Api.Reply mine = api.send(HttpMethod.GET, "/api/v1/admin/audit?actorId=" + operator, TestTokens.admin(), null);

		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body().at("/pagination/total").asLong()).isEqualTo(2);
		assertThat(mine.data().get(0).get("action").asString()).isEqualTo("order.cancel");
		assertThat(mine.data().get(0).get("outcome").asInt()).isEqualTo(409);
		assertThat(mine.data().get(1).at("/before/status").asString()).isEqualTo("CONFIRMED");
		assertThat(mine.data().get(1).at("/after/status").asString()).isEqualTo("PACKED");
		assertThat(mine.data().get(1).get("requestId").asString()).isEqualTo("req_a");

		Api.Reply onTheOrder = api.send(HttpMethod.GET, "/api/v1/admin/audit?targetType=order&targetId=" + order,
				TestTokens.admin(), null);
		assertThat(onTheOrder.body().at("/pagination/total").asLong()).isEqualTo(2);

		String today = LocalDate.now(DateRange.INDIA).toString();
		Api.Reply todays = api.send(HttpMethod.GET,
				"/api/v1/admin/audit?actorId=" + operator + "&from=" + today + "&to=" + today, TestTokens.admin(), null);
		assertThat(todays.body().at("/pagination/total").asLong()).isEqualTo(2);
		String yesterday = LocalDate.now(DateRange.INDIA).minusDays(1).toString();
		Api.Reply before = api.send(HttpMethod.GET,
				"/api/v1/admin/audit?actorId=" + operator + "&to=" + yesterday, TestTokens.admin(), null);
		assertThat(before.body().at("/pagination/total").asLong()).isZero();
	}

	@Test
	void refusesABackwardsRange() {
		Api.Reply reply = api.send(HttpMethod.GET, "/api/v1/admin/audit?from=2026-12-07&to=2026-12-01",
				TestTokens.admin(), null);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void isForAdminsOnly() {
		assertThat(api.send(HttpMethod.GET, "/api/v1/admin/audit", TestTokens.customer(), null).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/admin/audit").status()).isEqualTo(401);
	}
}
