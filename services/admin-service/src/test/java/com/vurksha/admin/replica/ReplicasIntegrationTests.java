package com.vurksha.admin.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.BadSqlGrammarException;

import com.vurksha.admin.AdminErrorCode;
import com.vurksha.admin.support.ServiceDatabases;
import com.vurksha.platform.error.ApiException;

/**
 * A replica that cannot answer makes a read a retryable 503; a query the replica answers with an error of its own (a
 * column or view that is not there) is a bug and fails as one, never dressed up as an outage.
 */
class ReplicasIntegrationTests {

	@Test
	void failsAQueryForAColumnTheViewDoesNotHaveAsTheBugItIs() {
		withReplicas(Duration.ofSeconds(20), Map.of(), replicas -> {
			assertThatThrownBy(() -> replicas.read(Source.DELIVERY,
					jdbc -> jdbc.sql("select no_such_column from reporting.deliveries_v1").query().listOfRows()))
				.isInstanceOf(BadSqlGrammarException.class);
			assertThatThrownBy(() -> replicas.read(Source.ORDER,
					jdbc -> jdbc.sql("select count(*) from reporting.orders_v0").query(Long.class).single()))
				.isInstanceOf(BadSqlGrammarException.class);
		});
	}

	@Test
	void readsTheViewsWithTheirFreshness() {
		withReplicas(Duration.ofSeconds(20), Map.of(), replicas -> {
			Replicas.Read<Long> read = replicas.read(Source.DELIVERY,
					jdbc -> jdbc.sql("select count(*) from reporting.deliveries_v1").query(Long.class).single());

			assertThat(read.value()).isNotNegative();
			assertThat(read.dataAsOf()).isNotNull();
		});
	}

	@Test
	void answersUnavailableWhenNothingListensWhereTheReplicaShouldBe() throws IOException {
		String closed = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/orders";
		withReplicas(Duration.ofSeconds(20), Map.of(Source.ORDER, closed), replicas -> {
			assertUnavailable(() -> replicas.read(Source.ORDER,
					jdbc -> jdbc.sql("select count(*) from reporting.orders_v1").query(Long.class).single()));
		});
	}

	@Test
	void answersUnavailableWhenTheReplicaDropsTheConnectionMidQuery() {
		withReplicas(Duration.ofSeconds(20), Map.of(), replicas -> {
			assertUnavailable(() -> replicas.read(Source.PRODUCT,
					jdbc -> jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query(Boolean.class).single()));
		});
	}

	@Test
	void answersUnavailableWhenAQueryRunsPastTheStatementTimeout() {
		withReplicas(Duration.ofMillis(200), Map.of(), replicas -> {
			assertUnavailable(() -> replicas.read(Source.PAYMENT,
					jdbc -> jdbc.sql("select pg_sleep(2)").query().listOfRows()));
		});
	}

	private static void assertUnavailable(Runnable read) {
		assertThatThrownBy(read::run).isInstanceOfSatisfying(ApiException.class, ex -> {
			assertThat(ex.code()).isEqualTo(AdminErrorCode.REPORTS_REPLICA_UNAVAILABLE);
			assertThat(ex.retryAfter()).isEqualTo(Replicas.RETRY_AFTER);
		});
	}

	/**
	 * Replicas reading the services' databases (primaries, as on a local run) but where {@code elsewhere} points,
	 * closed after {@code use}.
	 */
	private static void withReplicas(Duration statementTimeout, Map<Source, String> elsewhere,
			Consumer<Replicas> use) {
		ServiceDatabases databases = ServiceDatabases.shared();
		Map<String, String> sources = new HashMap<>();
		for (Source source : Source.values()) {
			sources.put(source.key(), elsewhere.getOrDefault(source, databases.jdbcUrl(source)));
		}
		Replicas replicas = new Replicas(new ReplicaProperties(false, "postgres", "", Duration.ofSeconds(1),
				statementTimeout, 1, sources));
		try {
			use.accept(replicas);
		}
		finally {
			replicas.destroy();
		}
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
