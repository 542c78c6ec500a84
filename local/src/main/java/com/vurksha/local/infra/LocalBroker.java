package com.vurksha.local.infra;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.qpid.server.SystemLauncher;

/**
 * An AMQP 0-9-1 broker inside this JVM (Apache Qpid Broker-J), standing in for RabbitMQ. Messages live in memory
 * only. Qpid refuses RabbitMQ-only queue arguments unless told to log and ignore them, which the broker's
 * configuration does; see {@code docs/local-run.md} for the other differences.
 */
public final class LocalBroker implements AutoCloseable {

	/** The virtual host the services must name; Qpid has no RabbitMQ-style "/" host. */
	public static final String VIRTUAL_HOST = "default";

	private static final String CONFIGURATION = "qpid-local-broker.json";

	private final SystemLauncher launcher;

	private LocalBroker(SystemLauncher launcher) {
		this.launcher = launcher;
	}

	public static LocalBroker start(int port, Path workDir) throws Exception {
		Files.createDirectories(workDir);
		URL configuration = LocalBroker.class.getClassLoader().getResource(CONFIGURATION);
		if (configuration == null) {
			throw new IllegalStateException(CONFIGURATION + " is missing from the launcher jar");
		}
		Map<String, Object> context = new HashMap<>();
		context.put("qpid.amqp_port", String.valueOf(port));
		context.put("qpid.work_dir", workDir.toString());
		context.put("qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}");
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("type", "Memory");
		attributes.put("initialConfigurationLocation", configuration.toExternalForm());
		attributes.put("startupLoggedToSystemOut", false);
		attributes.put("context", context);
		SystemLauncher launcher = new SystemLauncher();
		launcher.startup(attributes);
		return new LocalBroker(launcher);
	}

	@Override
	public void close() {
		try {
			launcher.shutdown();
		}
		catch (IllegalStateException ex) {
			// Qpid registers a JVM shutdown hook of its own: on Ctrl-C it may already be stopping, which is the goal
		}
	}
}
