package com.vurksha.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a local run starts and where. Every value can be set as a system property ({@code -Dvurksha.local.gateway-port=9090})
 * or an environment variable ({@code VURKSHA_LOCAL_GATEWAY_PORT=9090}); the system property wins.
 *
 * @param repoDir the checkout whose built jars are run (default: the working directory)
 * @param buildDir the build output folder of each module, relative to it (default {@code target})
 * @param dataDir where the database, logs and keys live between runs (default {@code <repo>/.local-data})
 * @param services which services to start, by short name (default: all of {@link #SERVICE_PORTS}; {@code none} for none)
 * @param startGateway whether to start the gateway after the services (default true)
 * @param ports every port the run listens on
 * @param javaBinary the java that runs the services (default: the one running this launcher)
 */
public record LocalSettings(Path repoDir, String buildDir, Path dataDir, List<String> services, boolean startGateway,
		Ports ports, Path javaBinary) {

	/** Every service a local run knows, by short name, with its default port; all start unless told otherwise. */
	public static final Map<String, Integer> SERVICE_PORTS = defaultServicePorts();

	/**
	 * Ports of the run.
	 *
	 * @param postgres embedded PostgreSQL (default 55432)
	 * @param redis embedded Redis (default 56379)
	 * @param amqp in-JVM AMQP broker (default 55672)
	 * @param opensearch the embedded OpenSearch node's HTTP port (default 9200), started with the search service
	 * @param storage the embedded S3-compatible server's port (default 9000), started with the file service
	 * @param gateway the gateway, the app's only entry (default 8080)
	 * @param gatewayManagement the gateway's management port: its health, info and Prometheus metrics (default 8090)
	 * @param services each service's port by short name (defaults in {@link #SERVICE_PORTS}, 8081 to 8089 and 8091)
	 */
	public record Ports(int postgres, int redis, int amqp, int opensearch, int storage, int gateway,
			int gatewayManagement, Map<String, Integer> services) {

		public Ports {
			services = Map.copyOf(services);
		}

		public int of(String service) {
			if ("gateway".equals(service)) {
				return gateway;
			}
			Integer port = services.get(service);
			if (port == null) {
				throw new IllegalArgumentException("Unknown service '" + service + "'");
			}
			return port;
		}

		public int user() {
			return of("user");
		}

		public int product() {
			return of("product");
		}
	}

	/** Settings from system properties and the environment, with the defaults above. */
	public static LocalSettings fromEnvironment() {
		return from(name -> {
			String property = System.getProperty("vurksha.local." + name);
			if (property != null && !property.isBlank()) {
				return property;
			}
			String env = System.getenv("VURKSHA_LOCAL_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
			return (env == null || env.isBlank()) ? null : env;
		});
	}

	/** Settings from a map of the same names without the prefix, for starting a run from code. */
	public static LocalSettings from(Map<String, String> values) {
		return from(values::get);
	}

	private static LocalSettings from(Function<String, String> lookup) {
		Path repo = Path.of(or(lookup, "repo-dir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
		Path data = Path.of(or(lookup, "data-dir", repo.resolve(".local-data").toString())).toAbsolutePath();
		Map<String, Integer> servicePorts = new LinkedHashMap<>();
		SERVICE_PORTS.forEach((name, fallback) -> servicePorts.put(name, port(lookup, name + "-port", fallback)));
		Ports ports = new Ports(port(lookup, "postgres-port", 55432), port(lookup, "redis-port", 56379),
				port(lookup, "amqp-port", 55672), port(lookup, "opensearch-port", 9200), port(lookup, "storage-port", 9000),
				port(lookup, "gateway-port", 8080),
				port(lookup, "gateway-management-port", 8090), servicePorts);
		List<String> services = Arrays.stream(or(lookup, "services", String.join(",", SERVICE_PORTS.keySet())).split(","))
			.map(String::trim)
			.filter(name -> !name.isEmpty() && !"none".equals(name))
			.toList();
		services.forEach(ports::of);
		Path java = Path.of(or(lookup, "java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		return new LocalSettings(repo, or(lookup, "build-dir", "target"), data, services,
				Boolean.parseBoolean(or(lookup, "gateway", "true")), ports, java);
	}

	private static Map<String, Integer> defaultServicePorts() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("user", 8081);
		ports.put("product", 8082);
		ports.put("cart", 8083);
		ports.put("order", 8084);
		ports.put("payment", 8085);
		ports.put("delivery", 8086);
		ports.put("notification", 8087);
		ports.put("search", 8088);
		ports.put("file", 8089);
		ports.put("admin", 8091);
		return Collections.unmodifiableMap(ports);
	}

	private static String or(Function<String, String> lookup, String name, String fallback) {
		String value = lookup.apply(name);
		return (value == null) ? fallback : value;
	}

	private static int port(Function<String, String> lookup, String name, int fallback) {
		String value = lookup.apply(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("vurksha.local." + name + " must be a port number, not '" + value + "'");
		}
	}
}
