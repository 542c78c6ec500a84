package com.vurksha.platform.jdbc;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platformtest.TcpProxy;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The drills' scenario 1 seen from one service: the database's connections break (the primary died, its
 * replacement is elsewhere) or hang (a frozen server, a partition). The service reaches PostgreSQL only through a
 * proxy the test cuts or freezes, with the platform's pool and driver defaults, except a socket timeout short
 * enough for a test. It must heal by itself once the database answers again, and a hung connection must cost one
 * socket timeout, not a thread forever.
 */
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.flyway.locations=classpath:db/events-test", "vurksha.events.relay.enabled=false",
				"spring.datasource.hikari.data-source-properties.socketTimeout=3" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseConnectionLossIntegrationTests {

	private static final URI SERVER = URI.create(TestInfrastructure.jdbcUrl("postgres").substring("jdbc:".length()));

	private static final String HANGING = "hanging-" + UUID.randomUUID();

	private static final TcpProxy database = TcpProxy.to(SERVER.getHost(), SERVER.getPort());

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		String direct = TestInfrastructure.jdbcUrl(TestInfrastructure.createDatabase());
		String name = direct.substring(direct.lastIndexOf('/') + 1);
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://" + database.host() + ":" + database.port() + "/" + name);
	}

	@AfterEach
	void heal() {
		database.restore();
	}

	@AfterAll
	void stopProxy() {
		database.close();
	}

	@Test
	void answersAgainWithoutARestartOnceConnectionsThatBrokeAreReplaced() {
		assertThat(selectOne()).isEqualTo(1);

		database.cut();
		assertThatThrownBy(this::selectOne).isNotNull();
		database.restore();

		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> selectOne() == 1);
		// every pooled connection that broke is gone: none fails a later request
		for (int i = 0; i < 20; i++) {
			assertThat(selectOne()).isEqualTo(1);
		}
	}

	@Test
	void failsAQueryWhoseServerHangsAfterOneSocketTimeoutAndHealsAfterwards() throws Exception {
		assertThat(selectOne()).isEqualTo(1);
		CompletableFuture<Integer> hanging = CompletableFuture
			.supplyAsync(() -> jdbc.sql("SELECT 1 FROM pg_sleep(2) -- " + HANGING).query(Integer.class).single());
		// frozen while the server works on the query: its answer never comes
		await().atMost(Duration.ofSeconds(10)).until(DatabaseConnectionLossIntegrationTests::hangingQueryRuns);
		database.freeze();

		// without a socket timeout this would wait for as long as the server hangs: here, for ever
		assertThatThrownBy(() -> hanging.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(
				SocketTimeoutException.class);
		assertThatThrownBy(this::selectOne).isNotNull();

		database.restore();
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> selectOne() == 1);
	}

	private static boolean hangingQueryRuns() throws SQLException {
		try (Connection admin = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "");
				PreparedStatement statement = admin.prepareStatement(
						"SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE ?")) {
			statement.setString(1, "%-- " + HANGING);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() && rows.getLong(1) > 0;
			}
		}
	}

	private int selectOne() {
		return jdbc.sql("SELECT 1").query(Integer.class).single();
	}
}
