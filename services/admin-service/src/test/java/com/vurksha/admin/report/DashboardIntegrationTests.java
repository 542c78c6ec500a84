package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.BadSqlGrammarException;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.ReplicaProperties;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * The console's dashboard of today, from the replicas, and without the parts whose replica is down (only those: a
 * part whose query fails on a replica that answers is an error, not a part left out).
 */
class DashboardIntegrationTests extends ReplicaReportTest {

	private static final Instant NOW = ShopData.DAY_TWO_AFTERNOON.toInstant();

	@Autowired
	Dashboard dashboard;

	@Test
	void showsTodayAsTheReplicasHaveIt() {
		Today today = dashboard.at(NOW);

		assertThat(today.date()).isEqualTo(ShopData.DAY_TWO);
		assertThat(today.unavailable()).isEmpty();
		assertThat(today.dataAsOf()).isBeforeOrEqualTo(Instant.now());
		assertThat(today.ordersByHour()).hasSize(24);
		assertThat(today.ordersByHour().get(0)).isEqualTo(new Today.Hour(0, 1, 13000));
		assertThat(today.ordersByHour().stream().mapToLong(Today.Hour::orders).sum()).isEqualTo(1);
		assertThat(today.ordersByStatus()).containsEntry("PACKED", 1L)
			.containsEntry("CANCELLED", 1L)
			.containsEntry("PENDING_PAYMENT", 1L)
			.containsEntry("DELIVERED", 0L);
		assertThat(today.slotFill()).extracting(Today.SlotFill::date, Today.SlotFill::zoneName, Today.SlotFill::capacity,
				Today.SlotFill::booked)
			.containsExactly(tuple(ShopData.DAY_TWO, "North", 10L, 1L),
					tuple(ShopData.DAY_TWO.plusDays(1), "South", 6L, 0L));
		assertThat(today.deliveries().late()).isEqualTo(1);
		assertThat(today.deliveries().failed()).isEqualTo(2);
		assertThat(today.deliveries().first()).extracting(Today.DeliveryAlert::deliveryId, Today.DeliveryAlert::kind)
			.containsExactly(tuple("d3", "FAILED"),
					tuple("d7", "LATE"), tuple("d6", "FAILED"));
		assertThat(today.lowStock()).extracting(Today.LowStock::variantId)
			.containsExactly("v-ghee-500ml", "v-rice-5kg", "v-tomato-500g", "v-carrot-1kg");
		assertThat(today.lowStock().get(0).outOfStock()).isTrue();
		assertThat(today.unreconciledPayments().payments()).isEqualTo(1);
		assertThat(today.unreconciledPayments().first()).singleElement()
			.satisfies(payment -> {
				assertThat(payment.paymentId()).isEqualTo("pay-o5");
				assertThat(payment.issue()).isEqualTo("OPEN_AFTER_PROVIDER_CHECK");
			});
		assertThat(today.deadNotifications()).isEqualTo(2);
	}

	@Test
	void todayIsTheIndiaDayOfTheServicesClock() {
		Today today = dashboard.today();

		assertThat(today.date()).isEqualTo(LocalDate.now(DateRange.INDIA));
		assertThat(today.unavailable()).isEmpty();
		assertThat(today.ordersByHour()).hasSize(24);
	}

	@Test
	void showsThePartsWhoseReplicasAnswerWhenOneIsDown() throws IOException {
		Replicas replicas = replicasWith(Source.PAYMENT, "jdbc:postgresql://127.0.0.1:" + closedPort() + "/payments");
		try {
			Today today = dashboard(replicas).at(NOW);

			assertThat(today.unavailable()).containsExactly(Today.Part.PAYMENTS);
			assertThat(today.unreconciledPayments()).isNull();
			assertThat(today.ordersByStatus()).containsEntry("PACKED", 1L);
			assertThat(today.deliveries().late()).isEqualTo(1);
			assertThat(today.lowStock()).hasSize(4);
			assertThat(today.deadNotifications()).isEqualTo(2);
			assertThat(today.dataAsOf()).isNotNull();
		}
		finally {
			replicas.destroy();
		}
	}

	@Test
	void failsInsteadOfHidingAPartWhoseViewCannotAnswerItsQuery() {
		// a standby that answers, but has no notification views
		Replicas replicas = replicasWith(Source.NOTIFICATION, shop.replica().jdbcUrl("postgres"));
		try {
			Dashboard broken = dashboard(replicas);

			assertThatThrownBy(() -> broken.at(NOW)).isInstanceOf(BadSqlGrammarException.class);
		}
		finally {
			replicas.destroy();
		}
	}

	/** Replicas reading the shop's, but the source's from {@code url}. */
	private Replicas replicasWith(Source elsewhere, String url) {
		Map<String, String> sources = new HashMap<>();
		for (Source source : Source.values()) {
			sources.put(source.key(), shop.replicaUrl(source));
		}
		sources.put(elsewhere.key(), url);
		return new Replicas(new ReplicaProperties(true, shop.role(), "", Duration.ofSeconds(1), Duration.ofSeconds(20), 1,
				sources));
	}

	private static Dashboard dashboard(Replicas replicas) {
		ReportReads reads = new ReportReads(replicas);
		return new Dashboard(reads, new SalesReport(reads), new OrdersReport(reads), new SlotsReport(reads),
				new StockAlertsReport(reads), Clock.systemUTC());
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
