package com.vurksha.platformtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;

/**
 * Redis servers of a test's own, started from the machine's {@code redis-server} binary (or
 * {@code VURKSHA_TEST_REDIS_SERVER}) on free loopback ports in a fresh temporary directory: one primary alone
 * ({@link #standalone()}), or a primary, a replica and three Sentinels watching them under the master name
 * {@value #MASTER_NAME} ({@link #withSentinels()}), which notice a dead primary within a second and then promote the
 * replica. Tests may freeze a server ({@code SIGSTOP}: a hung server, whose connections stay open and unanswered),
 * thaw it or kill it, without touching the machine's shared Redis.
 *
 * <p>{@link #close()} kills every process started (thawing none first: {@code SIGKILL} ends a stopped process too)
 * and deletes the directory; a shutdown hook does the same if the JVM exits without closing.
 */
public final class RedisServers implements AutoCloseable {

	public static final String MASTER_NAME = "vurksha";

	private static final Set<Integer> RESERVED_PORTS = Set.of(6379, 26379, 56379);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private final Path directory;

	private final RedisClient client = RedisClient.create();

	private final List<Server> started = new ArrayList<>();

	private final Thread shutdownHook = new Thread(this::close, "redis-servers-cleanup");

	private Server primary;

	private Server replica;

	private boolean closed;

	private final List<Server> sentinels = new ArrayList<>();

	private RedisServers() {
		try {
			this.directory = Files.createTempDirectory("vurksha-redis-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(shutdownHook);
	}

	/** One Redis server of the test's own. */
	public static RedisServers standalone() {
		RedisServers servers = new RedisServers();
		try {
			servers.primary = servers.startRedis("primary");
			return servers;
		}
		catch (RuntimeException ex) {
			servers.close();
			throw ex;
		}
	}

	/**
	 * A primary, its replica (in sync when this returns) and three Sentinels that know both and each other, with a
	 * quorum of two, {@code down-after-milliseconds} 1000 and {@code failover-timeout} 3000.
	 */
	public static RedisServers withSentinels() {
		RedisServers servers = new RedisServers();
		try {
			servers.primary = servers.startRedis("primary");
			servers.replica = servers.startRedis("replica", "--replicaof", "127.0.0.1",
					String.valueOf(servers.primary.port()));
			servers.await("the replica to sync", () -> servers.replica.info("replication")
				.contains("master_link_status:up"));
			for (int i = 1; i <= 3; i++) {
				servers.sentinels.add(servers.startSentinel("sentinel-" + i));
			}
			servers.await("the Sentinels to know the replica and each other", servers::sentinelsKnowEachOther);
			return servers;
		}
		catch (RuntimeException ex) {
			servers.close();
			throw ex;
		}
	}

	/** The server started as the primary (after a failover, no longer the one the Sentinels name). */
	public Server primary() {
		return primary;
	}

	/** The server started as the replica; {@code null} without Sentinels. */
	public Server replica() {
		return replica;
	}

	/** {@code host:port,host:port,…} of the Sentinels, as {@code spring.data.redis.sentinel.nodes} takes them. */
	public String sentinelNodes() {
		return sentinels.stream().map(sentinel -> "127.0.0.1:" + sentinel.port()).collect(Collectors.joining(","));
	}

	/** The port of the server the first Sentinel now names as the primary. */
	public int primaryPortBySentinels() {
		return primaryPortBy(sentinels.get(0));
	}

	/** Waits until every Sentinel names the started replica as the primary. */
	public void awaitReplicaPromoted(Duration timeout) {
		await("the Sentinels to promote the replica", timeout, () -> {
			for (Server sentinel : sentinels) {
				if (primaryPortBy(sentinel) != replica.port()) {
					return false;
				}
			}
			return replica.info("replication").contains("role:master");
		});
	}

	/** Waits until {@code server} (a former primary, back after a failover) runs as a replica of the new primary. */
	public void awaitDemoted(Server server, Duration timeout) {
		await("port " + server.port() + " to become a replica", timeout, () -> {
			try {
				String replication = server.info("replication");
				return replication.contains("role:slave") && replication.contains("master_link_status:up");
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
	}

	/** Waits until the replica holds everything the primary has written, as seen by {@code WAIT} on the primary. */
	public void awaitReplicated(Duration timeout) {
		try (Connection connection = primary.connect()) {
			Long acknowledged = connection.redis().sync().waitForReplication(1, timeout.toMillis());
			if (acknowledged == null || acknowledged < 1) {
				throw new IllegalStateException("The replica did not acknowledge the primary's writes within " + timeout);
			}
		}
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		for (Server server : started) {
			server.process.destroyForcibly();
		}
		for (Server server : started) {
			try {
				server.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		started.clear();
		client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		deleteDirectory();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException shuttingDown) {
			// running as the hook itself
		}
	}

	private int primaryPortBy(Server sentinel) {
		try (StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel(uri(sentinel.port()))) {
			return ((InetSocketAddress) connection.sync().getMasterAddrByName(MASTER_NAME)).getPort();
		}
	}

	private boolean sentinelsKnowEachOther() {
		for (Server sentinel : sentinels) {
			try (StatefulRedisSentinelConnection<String, String> connection = client
				.connectSentinel(uri(sentinel.port()))) {
				Map<String, String> master = connection.sync().master(MASTER_NAME);
				if (!"1".equals(master.get("num-slaves"))
						|| !String.valueOf(sentinels.size() - 1).equals(master.get("num-other-sentinels"))) {
					return false;
				}
			}
			catch (RuntimeException notYet) {
				return false;
			}
		}
		return true;
	}

	private Server startRedis(String name, String... extra) {
		int port = freePort();
		Path dir = serverDirectory(name);
		List<String> command = new ArrayList<>(List.of(binary(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
				"--dir", dir.toString(), "--save", "", "--appendonly", "no", "--logfile", "redis.log"));
		command.addAll(List.of(extra));
		return start(name, port, dir, command);
	}

	private Server startSentinel(String name) {
		int port = freePort();
		Path dir = serverDirectory(name);
		Path config = dir.resolve("sentinel.conf");
		String text = String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + dir, "logfile sentinel.log",
				"sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + primary.port() + " 2",
				"sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
				"sentinel failover-timeout " + MASTER_NAME + " 3000",
				"sentinel parallel-syncs " + MASTER_NAME + " 1", "");
		try {
			Files.writeString(config, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return start(name, port, dir, List.of(binary(), config.toString(), "--sentinel"));
	}

	private synchronized Server start(String name, int port, Path dir, List<String> command) {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("stdout.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + command, ex);
		}
		Server server = new Server(name, port, dir, process);
		started.add(server);
		await(name + " on port " + port + " to answer", server::answersPing);
		return server;
	}

	private Path serverDirectory(String name) {
		try {
			return Files.createDirectories(directory.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void await(String what, BooleanSupplier done) {
		await(what, START_TIMEOUT, done);
	}

	private void await(String what, Duration timeout, BooleanSupplier done) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (done.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted waiting for " + what, ex);
			}
		}
		throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what + "; logs in " + directory);
	}

	private void deleteDirectory() {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
	}

	private static String binary() {
		String configured = System.getenv("VURKSHA_TEST_REDIS_SERVER");
		return (configured != null && !configured.isBlank()) ? configured : "redis-server";
	}

	private static int freePort() {
		while (true) {
			try (ServerSocket socket = new ServerSocket(0)) {
				if (!RESERVED_PORTS.contains(socket.getLocalPort())) {
					return socket.getLocalPort();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static RedisURI uri(int port) {
		return RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(2)).build();
	}

	/** One server process: a Redis server or a Sentinel. */
	public final class Server {

		private final String name;

		private final int port;

		private final Path directory;

		private final Process process;

		private Server(String name, int port, Path directory, Process process) {
			this.name = name;
			this.port = port;
			this.directory = directory;
			this.process = process;
		}

		public int port() {
			return port;
		}

		public long pid() {
			return process.pid();
		}

		/** Stops the process ({@code SIGSTOP}): its sockets stay open and nothing answers. */
		public void freeze() {
			signal("-STOP");
		}

		/** Lets a frozen process run again ({@code SIGCONT}). */
		public void thaw() {
			signal("-CONT");
		}

		/** Kills the process at once ({@code SIGKILL}), as a crash would, and waits until it is gone. */
		public void kill() {
			process.destroyForcibly();
			try {
				process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted waiting for " + name + " to die", ex);
			}
		}

		/** A connection of the test's own to this server, for looking behind the code under test. */
		public Connection connect() {
			return new Connection(client.connect(uri(port)));
		}

		/** A section of {@code INFO}, e.g. {@code replication}. */
		public String info(String section) {
			try (Connection connection = connect()) {
				return connection.redis().sync().info(section);
			}
		}

		private boolean answersPing() {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + directory);
			}
			try (Connection connection = connect()) {
				return "PONG".equals(connection.redis().sync().ping());
			}
			catch (RuntimeException notYet) {
				return false;
			}
		}

		private void signal(String signal) {
			try {
				Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start();
				if (kill.waitFor() != 0) {
					throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted signalling " + name, ex);
			}
		}
	}

	/** A plain Lettuce connection to one server. */
	public static final class Connection implements AutoCloseable {

		private final StatefulRedisConnection<String, String> redis;

		private Connection(StatefulRedisConnection<String, String> redis) {
			this.redis = redis;
		}

		public StatefulRedisConnection<String, String> redis() {
			return redis;
		}

		@Override
		public void close() {
			redis.close();
		}
	}
}
