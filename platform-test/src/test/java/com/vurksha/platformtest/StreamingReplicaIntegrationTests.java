package com.vurksha.platformtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs a real streaming replica of the test server: it serves what the primary committed, refuses writes, comes back
 * after being stopped, and leaves nothing behind when closed.
 */
class StreamingReplicaIntegrationTests {

	private static final Duration CATCH_UP = Duration.ofSeconds(30);

	private static String database;

	private static StreamingReplica replica;

	@BeforeAll
	static void startReplica() throws SQLException {
		database = TestInfrastructure.createDatabase();
		onPrimary("create table readings (id bigint primary key, value text not null)");
		replica = StreamingReplica.start();
	}

	@AfterAll
	static void closeReplica() throws SQLException {
		if (replica != null) {
			replica.close();
		}
		try (Connection admin = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void servesRowsCommittedOnThePrimaryOnceCaughtUp() throws SQLException {
		onPrimary("insert into readings values (1, 'one'), (2, 'two'), (3, 'three')");

		replica.awaitCaughtUp(CATCH_UP);

		assertThat(countOnReplica("select count(*) from readings where id between 1 and 3")).isEqualTo(3);
	}

	@Test
	void refusesWrites() {
		assertThatThrownBy(() -> {
			try (Connection connection = replicaConnection(); Statement statement = connection.createStatement()) {
				statement.execute("insert into readings values (100, 'written to a replica')");
			}
		}).isInstanceOf(SQLException.class)
			.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("25006"));
	}

	@Test
	void lastReplayedAtMovesForwardAfterACommitOnThePrimary() throws SQLException {
		onPrimary("insert into readings values (10, 'first')");
		replica.awaitCaughtUp(CATCH_UP);
		Instant first = replica.lastReplayedAt().orElseThrow();

		onPrimary("insert into readings values (11, 'second')");
		replica.awaitCaughtUp(CATCH_UP);

		assertThat(replica.lastReplayedAt()).hasValueSatisfying(later -> assertThat(later).isAfter(first));
	}

	@Test
	void refusesConnectionsWhileStoppedAndCatchesUpAfterRestart() throws SQLException {
		replica.stop();
		try {
			assertThat(replica.isRunning()).isFalse();
			assertThatThrownBy(StreamingReplicaIntegrationTests::replicaConnection).isInstanceOf(SQLException.class);
			// the primary moves to new WAL segments and checkpoints (as every DROP DATABASE does) while the replica is
			// down: without its slot the segment the replica resumes from would be recycled
			onPrimary("select pg_switch_wal()");
			onPrimary("insert into readings values (20, 'while the replica was down')");
			onPrimary("select pg_switch_wal()");
			onPrimary("checkpoint");
		}
		finally {
			replica.restart();
		}

		replica.awaitCaughtUp(CATCH_UP);

		assertThat(countOnReplica("select count(*) from readings where id = 20")).isEqualTo(1);
	}

	@Test
	void closeStopsTheReplicaAndRemovesItsDirectoryAndSlot() throws SQLException {
		StreamingReplica second = StreamingReplica.start();
		Path directory = second.directory();
		String url = second.jdbcUrl(database);
		assertThat(Files.isDirectory(directory.resolve("data"))).isTrue();
		assertThat(slotsNamed(directory)).isEqualTo(1);

		second.close();
		second.close();

		assertThat(directory).doesNotExist();
		assertThat(slotsNamed(directory)).isZero();
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
			.isInstanceOf(SQLException.class);
	}

	@Test
	void sweepRemovesWhatADeadTestJvmLeftButNotALiveOnesReplica() throws Exception {
		Path parent = Path.of(System.getProperty("java.io.tmpdir"));
		String deadId = "1_dead" + Long.toHexString(System.nanoTime());
		Path dead = Files.createDirectory(parent.resolve(StaleReplicas.DIRECTORY_PREFIX + deadId));
		Process exited = new ProcessBuilder("true").start();
		exited.waitFor();
		Files.writeString(dead.resolve(StaleReplicas.OWNER_FILE), exited.pid() + " 1");
		String orphanId = "1_orphan" + Long.toHexString(System.nanoTime());
		onPrimary("select pg_create_physical_replication_slot('" + StaleReplicas.slotName(orphanId) + "')");

		try (Connection admin = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "")) {
			StaleReplicas.sweep(parent, new PostgresCommands(Path.of("/usr/bin"), "postgres"), admin);
		}

		assertThat(dead).doesNotExist();
		assertThat(slotsNamed(parent.resolve(StaleReplicas.DIRECTORY_PREFIX + orphanId))).isZero();
		assertThat(replica.directory()).isDirectory();
		assertThat(slotsNamed(replica.directory())).isEqualTo(1);
	}

	private static long slotsNamed(Path directory) throws SQLException {
		String id = directory.getFileName().toString().substring(StaleReplicas.DIRECTORY_PREFIX.length());
		try (Connection admin = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "");
				Statement statement = admin.createStatement();
				ResultSet row = statement.executeQuery("select count(*) from pg_replication_slots where slot_name = '"
						+ StaleReplicas.slotName(id) + "'")) {
			row.next();
			return row.getLong(1);
		}
	}

	private static void onPrimary(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestInfrastructure.jdbcUrl(database), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long countOnReplica(String sql) throws SQLException {
		try (Connection connection = replicaConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static Connection replicaConnection() throws SQLException {
		return DriverManager.getConnection(replica.jdbcUrl(database), "postgres", "");
	}
}
