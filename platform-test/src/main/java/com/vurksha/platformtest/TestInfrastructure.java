package com.vurksha.platformtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Connects tests to the real PostgreSQL, Redis and RabbitMQ servers of the machine, giving every test context
 * names of its own: a fresh database, a Redis key prefix and an AMQP exchange and queue prefix. Everything made
 * is removed when the JVM exits, and databases left behind by a killed run are swept on the next one.
 *
 * <p>Server addresses default to 127.0.0.1 and the standard ports; {@code VURKSHA_TEST_PG_URL},
 * {@code VURKSHA_TEST_REDIS_PORT} and {@code VURKSHA_TEST_AMQP_PORT} override them.
 */
public final class TestInfrastructure {

	public static final String HOST = "127.0.0.1";

	private static final String PG_ADMIN_URL = env("VURKSHA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String PG_USER = env("VURKSHA_TEST_PG_USER", "postgres");

	private static final int REDIS_PORT = Integer.parseInt(env("VURKSHA_TEST_REDIS_PORT", "6379"));

	private static final int AMQP_PORT = Integer.parseInt(env("VURKSHA_TEST_AMQP_PORT", "5672"));

	private static final Duration STALE_AFTER = Duration.ofHours(6);

	private static final List<String> databases = new CopyOnWriteArrayList<>();

	private static final List<String> keyPrefixes = new CopyOnWriteArrayList<>();

	private static final List<String> exchanges = new CopyOnWriteArrayList<>();

	private static volatile boolean cleanupRegistered;

	private TestInfrastructure() {
	}

	/** Registers a fresh database, Redis key prefix and AMQP exchange for one Spring test context. */
	public static void register(DynamicPropertyRegistry registry) {
		String database = createDatabase();
		String suffix = database.substring(database.lastIndexOf('_') + 1);
		registry.add("spring.datasource.url", () -> jdbcUrl(database));
		registry.add("spring.datasource.username", () -> PG_USER);
		registry.add("spring.datasource.password", () -> "");
		// Cached test contexts each keep a pool open; small pools keep a full build under the server's connection limit.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> 4);
		registry.add("spring.datasource.hikari.minimum-idle", () -> 1);
		registry.add("spring.data.redis.host", () -> HOST);
		registry.add("spring.data.redis.port", () -> REDIS_PORT);
		registry.add("spring.rabbitmq.host", () -> HOST);
		registry.add("spring.rabbitmq.port", () -> AMQP_PORT);
		registry.add("spring.rabbitmq.username", () -> "guest");
		registry.add("spring.rabbitmq.password", () -> "guest");
		String keyPrefix = "test:" + suffix + ":";
		keyPrefixes.add(keyPrefix);
		registry.add("vurksha.redis.key-prefix", () -> keyPrefix);
		String exchange = "vurksha.test." + suffix;
		exchanges.add(exchange);
		registry.add("vurksha.events.exchange", () -> exchange);
		registry.add("vurksha.events.queue-prefix", () -> "test." + suffix + ".");
	}

	/** Creates an empty database on the real server and returns its name; it is dropped at JVM exit. */
	public static String createDatabase() {
		registerCleanup();
		String name = "t_" + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("CREATE DATABASE " + name);
		databases.add(name);
		return name;
	}

	public static String jdbcUrl(String database) {
		return PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + database;
	}

	public static int redisPort() {
		return REDIS_PORT;
	}

	public static int amqpPort() {
		return AMQP_PORT;
	}

	private static synchronized void registerCleanup() {
		if (cleanupRegistered) {
			return;
		}
		cleanupRegistered = true;
		sweepStaleDatabases();
		Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::cleanUp, "test-infrastructure-cleanup"));
	}

	private static void cleanUp() {
		databases.forEach(name -> quietly(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		quietly(TestInfrastructure::deleteRedisKeys);
		quietly(TestInfrastructure::deleteExchanges);
	}

	private static void sweepStaleDatabases() {
		long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
		List<String> stale = new ArrayList<>();
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^t_[0-9]+_'")) {
			while (rows.next()) {
				String name = rows.getString(1);
				long created = Long.parseLong(name.split("_")[1]);
				if (created < cutoff) {
					stale.add(name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + PG_ADMIN_URL, ex);
		}
		stale.forEach(name -> quietly(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
	}

	private static void deleteRedisKeys() {
		RedisClient client = RedisClient.create("redis://" + HOST + ":" + REDIS_PORT);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			for (String prefix : keyPrefixes) {
				ScanCursor cursor = ScanCursor.INITIAL;
				do {
					KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
					if (!page.getKeys().isEmpty()) {
						redis.del(page.getKeys().toArray(String[]::new));
					}
					cursor = page;
				}
				while (!cursor.isFinished());
			}
		}
		finally {
			client.shutdown();
		}
	}

	private static void deleteExchanges() throws Exception {
		ConnectionFactory factory = new ConnectionFactory();
		factory.setHost(HOST);
		factory.setPort(AMQP_PORT);
		try (com.rabbitmq.client.Connection connection = factory.newConnection();
				Channel channel = connection.createChannel()) {
			for (String exchange : exchanges) {
				channel.exchangeDelete(exchange);
			}
		}
	}

	private static void execute(String sql) {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + PG_ADMIN_URL, ex);
		}
	}

	private static Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
	}

	private static void quietly(ThrowingRunnable action) {
		try {
			action.run();
		}
		catch (Exception ex) {
			System.err.println("Test infrastructure cleanup: " + ex.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;
	}
}
