package com.vurksha.platformtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL streaming replica (hot standby) of the machine's test server, for tests of code that must read
 * from a read replica and never from a primary. Made fresh by every {@link #start()}:
 * <ol>
 * <li>{@code pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -R -X stream --checkpoint=fast -C -S <slot>} copies the
 * primary's whole cluster into a new directory {@code vurksha-replica-<id>} under {@code java.io.tmpdir}. The physical
 * replication slot keeps the WAL the replica still needs on the primary while it is stopped (tests drop databases,
 * and every {@code DROP DATABASE} checkpoints, which would otherwise recycle that WAL and leave the replica unable to
 * resume).</li>
 * <li>{@code pg_ctl start} runs it on a free port with {@code hot_standby=on}, its socket in its own directory and the
 * primary's connection limits (a standby refuses to run with lower ones). PostgreSQL refuses to run as root: when the
 * tests run as root, the files belong to {@code postgres} and the programs run through {@code runuser -u postgres};
 * otherwise they run as the test user.</li>
 * <li>It returns once the replica accepts read-only connections (as {@code postgres}, trust, from 127.0.0.1).</li>
 * </ol>
 * {@link #close()} stops it (fast), drops its slot and deletes its directory; a shutdown hook does the same if the test
 * JVM exits without closing it, and the next {@code start()} on the machine sweeps what a killed JVM left behind.
 *
 * <p>The primary must accept physical replication connections from 127.0.0.1 as {@code postgres} without a password:
 * {@code host replication all 127.0.0.1/32 trust} in its pg_hba.conf (which {@code .ci/run} adds), and
 * {@code wal_level} {@code replica} with free WAL senders and replication slots (PostgreSQL 15's defaults).
 * {@code VURKSHA_TEST_PG_URL} and {@code VURKSHA_TEST_PG_USER} name the primary as for {@link TestInfrastructure};
 * {@code VURKSHA_TEST_PG_BIN} the directory of pg_basebackup and pg_ctl (default
 * {@code /usr/lib/postgresql/<the server's major version>/bin}); {@code VURKSHA_TEST_PG_OS_USER} the OS user to run
 * them as under root (default {@code postgres}).
 *
 * <p>A base backup copies every database of the test server, so it costs about a second for each 100 MB of the
 * primary's data directory; start one replica per test class, not per test.
 */
public final class StreamingReplica implements AutoCloseable {

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*");

	private static final Set<Integer> RESERVED_PORTS = Set.of(55432, 56379, 55672, 9000, 9200);

	private final Options options;

	private final PostgresCommands commands;

	private final Path directory;

	private final Path data;

	private final String slot;

	private final int port;

	private final Thread shutdownHook;

	private boolean running;

	private boolean closed;

	private StreamingReplica(Options options, PostgresCommands commands, Path directory, String slot, int port) {
		this.options = options;
		this.commands = commands;
		this.directory = directory;
		this.data = directory.resolve("data");
		this.slot = slot;
		this.port = port;
		this.shutdownHook = new Thread(this::removeAtExit, "streaming-replica-cleanup-" + port);
	}

	/** Makes and starts a replica of the test server with the default {@link Options}. */
	public static StreamingReplica start() {
		return start(Options.fromEnvironment());
	}

	public static StreamingReplica start(Options options) {
		try (Connection primary = options.primaryConnection()) {
			checkPrimaryAllowsReplication(primary);
			PostgresCommands commands = new PostgresCommands(options.binDirectory(primary), options.osUser());
			Path parent = Path.of(System.getProperty("java.io.tmpdir"));
			StaleReplicas.sweep(parent, commands, primary);
			String id = Instant.now().getEpochSecond() + "_"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
			Path directory = parent.resolve(StaleReplicas.DIRECTORY_PREFIX + id);
			commands.createOwnedDirectory(directory);
			Files.writeString(directory.resolve(StaleReplicas.OWNER_FILE), StaleReplicas.currentOwner());
			StreamingReplica replica = new StreamingReplica(options, commands, directory, StaleReplicas.slotName(id),
					freePort());
			Runtime.getRuntime().addShutdownHook(replica.shutdownHook);
			try {
				replica.baseBackup(primary);
				replica.startServer();
			}
			catch (RuntimeException ex) {
				replica.close();
				throw ex;
			}
			return replica;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + options.primaryUrl(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JDBC URL of {@code database} on this replica (user {@code postgres}, no password). */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	public int port() {
		return port;
	}

	/** The replica's own directory: its data directory {@code data}, socket and {@code server.log}. */
	public Path directory() {
		return directory;
	}

	public synchronized boolean isRunning() {
		return running;
	}

	/**
	 * The commit time (on the primary) of the last transaction the replica replayed, empty before it replayed one
	 * since it last started.
	 */
	public Optional<Instant> lastReplayedAt() {
		try (Connection connection = replicaConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select pg_last_xact_replay_timestamp()")) {
			row.next();
			return Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not ask the replica on port " + port + " what it replayed", ex);
		}
	}

	/** Waits until the replica has replayed everything the primary had written when this was called. */
	public void awaitCaughtUp(Duration timeout) {
		String target = primaryLsn();
		Instant deadline = Instant.now().plus(timeout);
		String replayed = null;
		try (Connection connection = replicaConnection();
				PreparedStatement query = connection.prepareStatement(
						"select pg_last_wal_replay_lsn()::text, pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
			query.setString(1, target);
			while (Instant.now().isBefore(deadline)) {
				try (ResultSet row = query.executeQuery()) {
					row.next();
					replayed = row.getString(1);
					if (row.getBoolean(2)) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not ask the replica on port " + port + " what it replayed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted waiting for the replica", ex);
		}
		throw new IllegalStateException("The replica on port " + port + " replayed WAL up to " + replayed + ", not "
				+ target + ", within " + timeout + "; its log ends:\n" + logTail());
	}

	/** Stops the replica (fast shutdown); connections to it fail until {@link #restart()}. */
	public synchronized void stop() {
		if (running) {
			commands.run(directory, Duration.ofSeconds(90), "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t",
					"60", "stop");
			running = false;
		}
	}

	/** Starts the replica again on the same port, stopping it first if it runs; it then catches up on what it missed. */
	public synchronized void restart() {
		if (closed) {
			throw new IllegalStateException("The replica on port " + port + " is closed");
		}
		stop();
		startServer();
	}

	/** Stops the replica, drops its replication slot on the primary and deletes its directory. Closing twice is fine. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			stopQuietly("fast");
			dropSlot();
			StaleReplicas.deleteRecursively(directory);
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down, and the hook is this very cleanup
			}
		}
	}

	private void removeAtExit() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		stopQuietly("immediate");
		dropSlot();
		StaleReplicas.deleteRecursively(directory);
	}

	private void baseBackup(Connection primary) {
		Instant begun = Instant.now();
		try {
			commands.run(directory, Duration.ofMinutes(10), "pg_basebackup", "-h", options.host(), "-p",
					String.valueOf(options.primaryPort()), "-U", options.user(), "-D", data.toString(), "-R", "-X",
					"stream", "--checkpoint=fast", "--no-sync", "-C", "-S", slot);
		}
		catch (PostgresCommands.CommandFailedException ex) {
			if (ex.output().contains("pg_hba.conf")) {
				throw new IllegalStateException("The primary refuses replication connections; add\n"
						+ "  host replication all 127.0.0.1/32 trust\nto its pg_hba.conf (show hba_file) and reload it "
						+ "(select pg_reload_conf()), as .ci/run does.\n" + ex.getMessage(), ex);
			}
			throw ex;
		}
		writeConfiguration(primary);
		System.err.printf("Streaming replica %s: base backup of %d MB in %d ms%n", directory.getFileName(),
				sizeInMegabytes(data), Duration.between(begun, Instant.now()).toMillis());
	}

	/** Replaces the primary's pg_hba.conf and postgresql.conf, which Debian keeps outside the data directory. */
	private void writeConfiguration(Connection primary) {
		StringBuilder conf = new StringBuilder("# Streaming replica of the test server; written by StreamingReplica\n")
			.append("shared_buffers = 16MB\nfsync = off\nlog_line_prefix = '%m [%p] '\n");
		for (String name : List.of("max_connections", "max_worker_processes", "max_wal_senders",
				"max_prepared_transactions", "max_locks_per_transaction")) {
			// a hot standby refuses to run with lower values than its primary's
			conf.append(name).append(" = ").append(setting(primary, name)).append('\n');
		}
		String hba = "local all all trust\nhost all all 127.0.0.1/32 trust\n";
		try {
			writeServerFile("postgresql.conf", conf.toString());
			writeServerFile("pg_hba.conf", hba);
			writeServerFile("pg_ident.conf", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeServerFile(String name, String content) throws IOException {
		Path file = Files.writeString(data.resolve(name), content, StandardCharsets.UTF_8);
		Files.setOwner(file, Files.getOwner(data));
	}

	private void startServer() {
		Instant begun = Instant.now();
		String serverOptions = "-p " + port + " -k '" + directory + "' -c listen_addresses=127.0.0.1 -c hot_standby=on";
		try {
			commands.run(directory, options.startTimeout().plusSeconds(30), "pg_ctl", "-D", data.toString(), "-l",
					directory.resolve("server.log").toString(), "-o", serverOptions, "-w", "-t",
					String.valueOf(options.startTimeout().toSeconds()), "start");
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The replica did not start; its log ends:\n" + logTail(), ex);
		}
		running = true;
		awaitReadOnlyConnections(Instant.now().plus(options.startTimeout()));
		System.err.printf("Streaming replica %s: accepting read-only connections on port %d after %d ms%n",
				directory.getFileName(), port, Duration.between(begun, Instant.now()).toMillis());
	}

	private void awaitReadOnlyConnections(Instant deadline) {
		SQLException last = null;
		while (Instant.now().isBefore(deadline)) {
			try (Connection connection = replicaConnection(); Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select pg_is_in_recovery()")) {
				row.next();
				if (!row.getBoolean(1)) {
					throw new IllegalStateException("The server on port " + port + " is not a standby");
				}
				return;
			}
			catch (SQLException ex) {
				last = ex;
			}
			sleep(Duration.ofMillis(50));
		}
		throw new IllegalStateException("The replica on port " + port + " took no connections; its log ends:\n"
				+ logTail(), last);
	}

	private void stopQuietly(String mode) {
		if (!Files.exists(data.resolve("postmaster.pid"))) {
			running = false;
			return;
		}
		try {
			commands.run(directory, Duration.ofSeconds(90), "pg_ctl", "-D", data.toString(), "-m", mode, "-w", "-t", "60",
					"stop");
		}
		catch (RuntimeException ex) {
			System.err.println("Could not stop the replica on port " + port + ": " + ex.getMessage());
		}
		running = false;
	}

	private void dropSlot() {
		try (Connection primary = options.primaryConnection()) {
			StaleReplicas.dropSlotOnceInactive(primary, slot);
		}
		catch (SQLException ex) {
			System.err.println("Could not drop replication slot " + slot + ": " + ex.getMessage());
		}
	}

	private String primaryLsn() {
		try (Connection primary = options.primaryConnection(); Statement statement = primary.createStatement();
				ResultSet row = statement.executeQuery("select pg_current_wal_lsn()::text")) {
			row.next();
			return row.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + options.primaryUrl(), ex);
		}
	}

	private Connection replicaConnection() throws SQLException {
		return DriverManager.getConnection(jdbcUrl("postgres"), options.user(), "");
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(directory.resolve("server.log"), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void checkPrimaryAllowsReplication(Connection primary) {
		if ("minimal".equals(setting(primary, "wal_level"))
				|| Integer.parseInt(setting(primary, "max_wal_senders")) < 2
				|| Integer.parseInt(setting(primary, "max_replication_slots")) < 1) {
			throw new IllegalStateException("The primary cannot feed a replica: it needs wal_level = replica, "
					+ "max_wal_senders >= 2 and max_replication_slots >= 1 (PostgreSQL's defaults; .ci/run sets them)");
		}
	}

	private static String setting(Connection connection, String name) {
		try (PreparedStatement query = connection.prepareStatement("select current_setting(?)")) {
			query.setString(1, name);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read setting " + name, ex);
		}
	}

	private static int freePort() throws IOException {
		while (true) {
			try (ServerSocket socket = new ServerSocket(0)) {
				if (!RESERVED_PORTS.contains(socket.getLocalPort())) {
					return socket.getLocalPort();
				}
			}
		}
	}

	private static long sizeInMegabytes(Path directory) {
		try (var files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum() / (1024 * 1024);
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * Where the primary is and how to run PostgreSQL's programs. {@code binDirectory} may be null: the server's own
	 * major version's {@code /usr/lib/postgresql/<major>/bin} is taken, so pg_basebackup matches the server.
	 */
	public record Options(String primaryUrl, String user, Path binDirectory, String osUser, Duration startTimeout) {

		/** From {@code VURKSHA_TEST_PG_URL}, {@code _USER}, {@code _BIN} and {@code _OS_USER}, as the class describes. */
		public static Options fromEnvironment() {
			String bin = env("VURKSHA_TEST_PG_BIN", null);
			return new Options(env("VURKSHA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
					env("VURKSHA_TEST_PG_USER", "postgres"), bin == null ? null : Path.of(bin),
					env("VURKSHA_TEST_PG_OS_USER", "postgres"), Duration.ofSeconds(60));
		}

		public Options withStartTimeout(Duration timeout) {
			return new Options(primaryUrl, user, binDirectory, osUser, timeout);
		}

		String host() {
			return urlPart(1, null);
		}

		int primaryPort() {
			return Integer.parseInt(urlPart(2, "5432"));
		}

		Connection primaryConnection() throws SQLException {
			return DriverManager.getConnection(primaryUrl, user, "");
		}

		Path binDirectory(Connection primary) {
			if (binDirectory != null) {
				return binDirectory;
			}
			int major = Integer.parseInt(setting(primary, "server_version_num")) / 10000;
			return Path.of("/usr/lib/postgresql", String.valueOf(major), "bin");
		}

		private String urlPart(int group, String fallback) {
			Matcher matcher = JDBC_URL.matcher(primaryUrl);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a host: " + primaryUrl);
			}
			return matcher.group(group) == null ? fallback : matcher.group(group);
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}
	}
}
