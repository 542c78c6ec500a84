package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import com.vurksha.platformtest.Api;

/** Reports say how fresh the replica they read was, and answer 503 rather than data while it is down. */
class ReplicaFreshnessIntegrationTests extends ReplicaReportTest {

	@Autowired
	Dashboard dashboard;

	@Test
	void dataAsOfIsTheReplicasLastReplayedTransaction() {
		shop.replica().awaitCaughtUp(Duration.ofSeconds(30));
		Instant before = shop.replica().lastReplayedAt().orElseThrow();

		Api.Reply reply = report("sales?from=2026-11-10&to=2026-11-11");

		Instant after = shop.replica().lastReplayedAt().orElseThrow();
		Instant asOf = Instant.parse(reply.body().at("/meta/dataAsOf").asString());
		assertThat(asOf).isBetween(before, after).isBeforeOrEqualTo(Instant.now());
		assertThat(reply.headers().getFirst("X-Data-As-Of")).isEqualTo(asOf.toString());
		assertThat(reply.body().at("/meta/requestId").asString()).isNotBlank();
	}

	@Test
	void answersServiceUnavailableWhileTheReplicaIsDownAndReadsAgainOnceItIsBack() {
		shop.replica().stop();
		try {
			Api.Reply reply = report("orders?from=2026-11-10&to=2026-11-11");

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.errorCode()).isEqualTo("REPORTS_REPLICA_UNAVAILABLE");
			assertThat(reply.body().at("/error/retryable").asBoolean()).isTrue();
			assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("15");

			Today today = dashboard.today();
			assertThat(today.unavailable()).containsExactlyInAnyOrder(Today.Part.values());
			assertThat(today.ordersByHour()).isNull();
			assertThat(today.dataAsOf()).isNull();
		}
		finally {
			shop.replica().restart();
			shop.replica().awaitCaughtUp(Duration.ofSeconds(60));
		}
		assertThat(report("orders?from=2026-11-10&to=2026-11-11").data().get("total").asLong()).isEqualTo(6);
	}
}
