package com.vurksha.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The drills' highly available data tier, which {@code drills/topology.sh up} built before the run: where its pieces
 * answer (from the environment that script's {@code env} prints) and the faults {@code drills/fault.sh} breaks them
 * with.
 *
 * @param pgbouncer where the services connect to PostgreSQL (host:port): PgBouncer, then HAProxy, then the Patroni
 * leader
 * @param rabbitAddresses the three RabbitMQ nodes (host:port,...)
 * @param sentinelMaster the name the Sentinels know the Redis primary by
 * @param sentinelNodes the three Sentinels (host:port,...)
 */
record DrillTopology(Path repo, String pgbouncer, String rabbitAddresses, String sentinelMaster, String sentinelNodes) {

	/** How long one fault action may take (a failover wait included) before the drill gives up on it. */
	private static final Duration ACTION_TIMEOUT = Duration.ofMinutes(3);

	static DrillTopology fromEnvironment(Path repo) {
		Map<String, String> env = System.getenv();
		return new DrillTopology(repo, required(env, "PGBOUNCER"), required(env, "RABBIT_ADDRESSES"),
				env.getOrDefault("REDIS_SENTINEL_MASTER", "vurksha"), required(env, "REDIS_SENTINEL_NODES"));
	}

	private static String required(Map<String, String> env, String name) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " is not set: run through drills/run.sh (make drills), which builds "
					+ "the topology and exports its addresses");
		}
		return value;
	}

	/** A JDBC URL of a database through PgBouncer. */
	String jdbcUrl(String database, String applicationName) {
		return "jdbc:postgresql://" + pgbouncer + "/" + database
				+ "?connectTimeout=3&socketTimeout=30&tcpKeepAlive=true&ApplicationName=" + applicationName;
	}

	/** The base JDBC URL (no database) the drill's own checks read through. */
	String jdbcBase() {
		return "jdbc:postgresql://" + pgbouncer + "/";
	}

	/** Runs {@code drills/fault.sh action args...}; answers what it printed, or fails with it. */
	String fault(String action, String... args) {
		return script("fault.sh", action, args);
	}

	/** Runs {@code drills/topology.sh status}. */
	String status() {
		return script("topology.sh", "status");
	}

	/** Runs {@code drills/restore.sh action args...}. */
	String restore(String action, String... args) {
		return script("restore.sh", action, args);
	}

	private String script(String script, String action, String... args) {
		List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("drills").resolve(script).toString(),
				action));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] out = process.getInputStream().readAllBytes();
			if (!process.waitFor(ACTION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not end in " + ACTION_TIMEOUT);
			}
			String text = new String(out, StandardCharsets.UTF_8).strip();
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
						+ text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
	}
}
