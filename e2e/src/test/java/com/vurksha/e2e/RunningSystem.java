package com.vurksha.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.vurksha.local.LocalSettings;
import com.vurksha.local.LocalSystem;

/**
 * The system as {@code make run} starts it (embedded PostgreSQL, Redis and broker; every service's context from its
 * built jar in the service host JVM; the gateway in front) on free ports with a throw-away data folder. It starts once
 * for all end-to-end test classes, because starting the applications is the slow part, and stops when the test run
 * ends.
 * Test classes receive it as a parameter of their {@code @BeforeAll} method.
 */
final class RunningSystem implements ParameterResolver, AutoCloseable {

	private final Path dataDir;

	private final LocalSystem system;

	private final Map<String, String> settings;

	private final Gateway gateway;

	/** Used by JUnit to create the extension; the system itself is kept in the root store. */
	RunningSystem() {
		this.dataDir = null;
		this.system = null;
		this.settings = Map.of();
		this.gateway = null;
	}

	private RunningSystem(Path dataDir, LocalSystem system, Map<String, String> settings) {
		this.dataDir = dataDir;
		this.system = system;
		this.settings = settings;
		this.gateway = new Gateway(system.gatewayUrl());
	}

	Gateway gateway() {
		return gateway;
	}

	/** The gateway's base URL, for a test that speaks raw HTTP. */
	String gatewayUrl() {
		return system.gatewayUrl();
	}

	/** The port a service listens on directly, for what only a service shows (its metrics). */
	int servicePort(String service) {
		return Integer.parseInt(settings.get(service + "-port"));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RunningSystem.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(RunningSystem.class))
			.computeIfAbsent(RunningSystem.class, key -> start(), RunningSystem.class);
	}

	private static RunningSystem start() {
		try {
			Path dataDir = Files.createTempDirectory("vurksha-e2e");
			Map<String, String> settings = new HashMap<>();
			settings.put("repo-dir", System.getProperty("vurksha.e2e.repo-dir", Path.of("..").toString()));
			settings.put("build-dir", System.getProperty("vurksha.e2e.build-dir", "target"));
			settings.put("data-dir", dataDir.toString());
			for (String port : new String[] { "postgres-port", "redis-port", "amqp-port", "gateway-port",
					"gateway-management-port", "opensearch-port", "storage-port" }) {
				settings.put(port, String.valueOf(freePort()));
			}
			for (String service : LocalSettings.SERVICE_PORTS.keySet()) {
				settings.put(service + "-port", String.valueOf(freePort()));
			}
			LocalSystem system = LocalSystem.start(LocalSettings.from(settings), System.out);
			return new RunningSystem(dataDir, system, Map.copyOf(settings));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The local system did not start", ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (system != null) {
			system.close();
		}
		if (dataDir != null) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
