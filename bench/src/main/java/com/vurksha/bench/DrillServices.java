package com.vurksha.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Two instances of every service of the checkout path and of the gateway, each its own JVM (so that one can be killed
 * with {@code kill -9} alone), on the drills' data tier. Instance 1 of a service listens on 10000 + its usual port,
 * instance 2 on 20000 + it. An HAProxy plays what Kubernetes gives a deployed system: a Service address per service
 * (30000 + its usual port) that sends connections only to ready instances, as kube-proxy does with readiness, and the
 * ingress in front of the two gateways (38080). The gateway itself balances over the instances of each service.
 */
final class DrillServices implements AutoCloseable {

	/** The services a checkout needs, by short name, with their usual ports; user first (the others read its keys). */
	static final Map<String, Integer> SERVICES = services();

	static final String GATEWAY = "gateway";

	private static final int GATEWAY_PORT = 8080;

	private static final int GATEWAY_MANAGEMENT_PORT = 8090;

	/** Where the app reaches the system: HAProxy in front of both gateways. */
	static final int INGRESS_PORT = 30000 + GATEWAY_PORT;

	/**
	 * Each JVM's settings: small, and only the first JIT tier, because sixteen JVMs start on two cores; the report
	 * says so, and latency figures are compared within a run, not with {@code make bench}.
	 */
	private static final List<String> JVM = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "--enable-native-access=ALL-UNNAMED");

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

	private final Path repo;

	private final Path dir;

	private final Path java;

	private final DrillTopology topology;

	private final Map<String, String> extraProperties;

	private final Map<String, Process> running = new ConcurrentHashMap<>();

	private Process haproxy;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/**
	 * @param dir where the instances' logs, the shared signing key and HAProxy's configuration go
	 * @param extraProperties per service short name, settings added to its instances (the drill's providers)
	 */
	DrillServices(Path repo, Path dir, Path java, DrillTopology topology, Map<String, String> extraProperties) {
		this.repo = repo;
		this.dir = dir;
		this.java = java;
		this.topology = topology;
		this.extraProperties = extraProperties;
	}

	private static Map<String, Integer> services() {
		Map<String, Integer> services = new LinkedHashMap<>();
		services.put("user", 8081);
		services.put("product", 8082);
		services.put("cart", 8083);
		services.put("order", 8084);
		services.put("payment", 8085);
		services.put("delivery", 8086);
		services.put("notification", 8087);
		return services;
	}

	static int port(String name, int instance) {
		return instance * 10000 + (GATEWAY.equals(name) ? GATEWAY_PORT : SERVICES.get(name));
	}

	/** The Service address other services reach {@code name} by. */
	static String serviceUrl(String name) {
		return "http://127.0.0.1:" + port(name, 3);
	}

	URI ingress() {
		return URI.create("http://127.0.0.1:" + INGRESS_PORT);
	}

	/**
	 * Starts HAProxy, then instance 1 of every service (user first, alone: it writes the signing key the others
	 * read), then instance 2 of each, then both gateways; returns once all are ready.
	 */
	void startAll() throws IOException, InterruptedException {
		Files.createDirectories(dir.resolve("logs"));
		startHaproxy();
		List<String> names = new ArrayList<>(SERVICES.keySet());
		start("user", 1);
		awaitReady("user", 1);
		for (String name : names.subList(1, names.size())) {
			start(name, 1);
		}
		for (String name : names) {
			awaitReady(name, 1);
		}
		for (String name : names) {
			start(name, 2);
		}
		start(GATEWAY, 1);
		start(GATEWAY, 2);
		for (String name : names) {
			awaitReady(name, 2);
		}
		awaitReady(GATEWAY, 1);
		awaitReady(GATEWAY, 2);
	}

	/** Starts one instance (not waiting for it). */
	void start(String name, int instance) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		command.addAll(JVM);
		command.add("-jar");
		command.add(jar(name).toString());
		properties(name, instance).forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs").resolve(name + "-" + instance + ".log")
				.toFile()));
		// the drill measures the services, not the per-address rate limits (all its customers share 127.0.0.1)
		builder.environment().put("VURKSHA_RATELIMIT_USER_PERSECOND", "100000");
		builder.environment().put("VURKSHA_RATELIMIT_USER_BURST", "100000");
		builder.environment().put("VURKSHA_RATELIMIT_ANONYMOUS_PERSECOND", "100000");
		builder.environment().put("VURKSHA_RATELIMIT_ANONYMOUS_BURST", "100000");
		running.put(key(name, instance), builder.start());
	}

	/** {@code kill -9} of one instance; answers its pid. */
	long kill(String name, int instance) throws InterruptedException {
		Process process = running.remove(key(name, instance));
		if (process == null) {
			throw new IllegalStateException(key(name, instance) + " is not running");
		}
		// destroyForcibly is SIGKILL on Linux: no shutdown hook, no draining, as a crashed pod
		process.destroyForcibly();
		process.waitFor(10, TimeUnit.SECONDS);
		return process.pid();
	}

	/** Waits until the instance answers ready on its readiness endpoint. */
	void awaitReady(String name, int instance) throws InterruptedException {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		URI readiness = URI.create("http://127.0.0.1:" + healthPort(name, instance) + "/actuator/health/readiness");
		while (Instant.now().isBefore(deadline)) {
			Process process = running.get(key(name, instance));
			if (process == null || !process.isAlive()) {
				throw new IllegalStateException(key(name, instance) + " stopped while starting; see "
						+ dir.resolve("logs").resolve(name + "-" + instance + ".log"));
			}
			try {
				HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
					.GET().build(), HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(key(name, instance) + " was not ready after " + READY_TIMEOUT.toSeconds() + " s");
	}

	/** The pids of every running instance, for the CPU they use. */
	List<Long> pids() {
		return running.values().stream().map(Process::pid).toList();
	}

	private static int healthPort(String name, int instance) {
		return GATEWAY.equals(name) ? instance * 10000 + GATEWAY_MANAGEMENT_PORT : port(name, instance);
	}

	private static String key(String name, int instance) {
		return name + "-" + instance;
	}

	private Map<String, String> properties(String name, int instance) {
		Map<String, String> properties = new LinkedHashMap<>();
		// the local profile: demo data, test phone numbers, logged SMS for sign-in codes
		properties.put("spring.profiles.active", "local");
		properties.put("server.port", String.valueOf(port(name, instance)));
		properties.put("spring.data.redis.sentinel.master", topology.sentinelMaster());
		properties.put("spring.data.redis.sentinel.nodes", topology.sentinelNodes());
		properties.put("vurksha.security.jwks-uri", serviceUrl("user") + "/.well-known/jwks.json");
		properties.put("vurksha.local.data-dir", dir.toString());
		for (String other : SERVICES.keySet()) {
			properties.put(other.toUpperCase(Locale.ROOT) + "_SERVICE_URL", serviceUrl(other));
		}
		if (GATEWAY.equals(name)) {
			properties.put("management.server.port", String.valueOf(healthPort(name, instance)));
			for (String service : SERVICES.keySet()) {
				properties.put("vurksha.routes." + service + ".uri", serviceUrl(service));
				properties.put("vurksha.routes." + service + ".instances",
						"http://127.0.0.1:" + port(service, 1) + ",http://127.0.0.1:" + port(service, 2));
			}
		}
		else {
			properties.put("spring.datasource.url", topology.jdbcUrl("vurksha_" + name, name + "-service-" + instance));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("spring.rabbitmq.addresses", topology.rabbitAddresses());
			properties.put("spring.rabbitmq.username", "guest");
			properties.put("spring.rabbitmq.password", "guest");
			properties.put("vurksha.events.queue-type", "quorum");
		}
		extraProperties.forEach((key, value) -> {
			if (key.startsWith(name + ":")) {
				properties.put(key.substring(name.length() + 1), value);
			}
		});
		return properties;
	}

	private Path jar(String name) throws IOException {
		Path module = GATEWAY.equals(name) ? repo.resolve("gateway") : repo.resolve("services").resolve(name + "-service");
		String artifact = GATEWAY.equals(name) ? "gateway" : name + "-service";
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(module.resolve("target"), artifact + "-*-exec.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		throw new IllegalStateException("No " + artifact + " jar under " + module.resolve("target") + ": make build");
	}

	/**
	 * HAProxy in the part of Kubernetes: a Service per service sends new connections only to instances whose
	 * readiness answers (checked every second, out after two misses), and a connection refused by an instance that
	 * has just died is tried once on the other (kube-proxy's iptables rules would send it to a dead pod until the
	 * endpoint is removed; the drill's figures are therefore slightly kinder than a cluster's there). Nothing else is
	 * retried: an answer lost after the request was sent reaches the caller.
	 */
	private void startHaproxy() throws IOException {
		StringBuilder config = new StringBuilder("""
				global
				  maxconn 4000
				defaults
				  mode http
				  timeout connect 1s
				  timeout client 60s
				  timeout server 60s
				  retries 1
				  option redispatch
				  retry-on conn-failure
				  default-server inter 1s fall 2 rise 2
				""");
		List<String> names = new ArrayList<>(SERVICES.keySet());
		names.add(GATEWAY);
		for (String name : names) {
			config.append("listen ").append(name).append('\n')
				.append("  bind 127.0.0.1:").append(port(name, 3)).append('\n')
				.append("  option httpchk GET /actuator/health/readiness\n")
				.append("  http-check expect status 200\n");
			for (int instance = 1; instance <= 2; instance++) {
				config.append("  server i").append(instance).append(" 127.0.0.1:").append(port(name, instance))
					.append(" check port ").append(healthPort(name, instance)).append('\n');
			}
		}
		Path file = dir.resolve("haproxy-services.cfg");
		Files.writeString(file, config.toString());
		haproxy = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs").resolve("haproxy-services.log").toFile()))
			.start();
	}

	/** The running instances, for the report. */
	String describe() {
		return running.keySet().stream().sorted().collect(Collectors.joining(", "));
	}

	@Override
	public void close() {
		running.values().forEach(Process::destroy);
		running.values().forEach(process -> {
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		});
		running.clear();
		if (haproxy != null) {
			haproxy.destroy();
		}
	}
}
