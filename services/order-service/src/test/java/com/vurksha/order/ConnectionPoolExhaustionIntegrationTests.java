package com.vurksha.order;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platformtest.Api.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drills' scenario 6: slow queries hold every connection of the order service's pool. A request that needs
 * the database waits a short while for a connection, then is shed with a retryable 503 and {@code Retry-After},
 * neither hanging for the pool's old 30 s nor failing with a 500. The instance stays live and ready: a full pool
 * passes, and taking both instances out of the load balancer for it would turn a slowdown into an outage.
 */
class ConnectionPoolExhaustionIntegrationTests extends OrderServiceIntegrationTest {

	/** Longer than any wait in the test; the statements are cancelled when it ends. */
	private static final int SLOW_QUERY_SECONDS = 60;

	@Autowired
	HikariDataSource dataSource;

	private final List<Statement> slowQueries = new CopyOnWriteArrayList<>();

	private final List<Thread> holders = new ArrayList<>();

	@AfterEach
	void cancelSlowQueries() throws InterruptedException {
		for (Statement statement : slowQueries) {
			try {
				statement.cancel();
			}
			catch (SQLException ex) {
				// already finished
			}
		}
		for (Thread holder : holders) {
			holder.join();
		}
		slowQueries.clear();
		holders.clear();
	}

	@Test
	void shedsRequestsThatNeedTheDatabaseWithARetryable503WhileSlowQueriesHoldEveryConnection() {
		Customer asha = newCustomer();
		assertThat(api.get("/api/v1/orders", asha.token()).status()).isEqualTo(200);

		fillThePoolWithSlowQueries();

		long started = System.nanoTime();
		Reply list = api.get("/api/v1/orders", asha.token());
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(list.status()).isEqualTo(503);
		assertThat(list.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(list.body().get("error").get("retryable").asBoolean()).isTrue();
		assertThat(list.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		// shed after the pool's short wait, not after Hikari's default 30 s
		assertThat(waited).isLessThan(Duration.ofSeconds(20));

		Reply checkout = api.placeOrder(asha.token(), newKey(), checkout("COD"));
		assertThat(checkout.status()).isEqualTo(503);
		assertThat(checkout.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
	}

	@Test
	void staysLiveAndReadyWhileThePoolIsFull() {
		fillThePoolWithSlowQueries();

		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
		Reply readiness = api.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void answersAgainOnceTheSlowQueriesEnd() throws InterruptedException {
		Customer asha = newCustomer();
		fillThePoolWithSlowQueries();
		assertThat(api.get("/api/v1/orders", asha.token()).status()).isEqualTo(503);

		cancelSlowQueries();

		await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/orders", asha.token()).status() == 200);
	}

	@Test
	void aLockedTableCostsARequestOneShortLockWaitAndARetryable503() throws Exception {
		Customer asha = newCustomer();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet setting = statement.executeQuery("SELECT current_setting('lock_timeout')")) {
			setting.next();
			// every pooled connection gives up a lock wait after the pool's own wait, not the 10 s query timeout
			assertThat(setting.getString(1)).isEqualTo("3s");
		}
		try (Connection locker = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
				dataSource.getPassword()); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("LOCK TABLE customer_order IN ACCESS EXCLUSIVE MODE");

			Reply list = api.get("/api/v1/orders", asha.token());

			assertThat(list.status()).isEqualTo(503);
			assertThat(list.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(list.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
			locker.rollback();
		}
		assertThat(api.get("/api/v1/orders", asha.token()).status()).isEqualTo(200);
	}

	/** Takes every connection of the pool for a query that sleeps, and returns once all of them are busy. */
	private void fillThePoolWithSlowQueries() {
		int size = dataSource.getMaximumPoolSize();
		for (int i = 0; i < size; i++) {
			Thread holder = new Thread(this::sleepOnOneConnection, "slow-query-" + i);
			holder.start();
			holders.add(holder);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> slowQueries.size() == size);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> dataSource.getHikariPoolMXBean().getActiveConnections() == size);
	}

	private void sleepOnOneConnection() {
		try (Connection connection = borrow(); Statement statement = connection.createStatement()) {
			slowQueries.add(statement);
			statement.execute("SELECT pg_sleep(" + SLOW_QUERY_SECONDS + ")");
		}
		catch (SQLException ex) {
			// cancelled at the end of the test
		}
	}

	/** The service's own jobs borrow connections too: a holder that lost the race waits for the next free one. */
	private Connection borrow() throws SQLException {
		while (true) {
			try {
				return dataSource.getConnection();
			}
			catch (SQLTransientConnectionException ex) {
				// every connection was busy for the pool's wait; try again
			}
		}
	}
}
