package com.vurksha.local.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service running in its own JVM. Everything it prints goes to its log file; warnings, errors and its start-up
 * line are also shown on the console with the service's name in front, so a failure is visible without opening
 * the logs.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Pattern WORTH_SHOWING = Pattern.compile("\\b(WARN|ERROR)\\b|Started \\w+ in|APPLICATION FAILED");

	private static final Pattern JSON_LEVEL = Pattern.compile("\"level\":\"(\\w+)\"");

	private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

	// eight JVMs with full JIT starting together on two cores without start-up caches took 150–190 s here
	private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

	/**
	 * The JVM settings of every application, those of production where they matter for speed: the full JIT (no
	 * {@code -XX:TieredStopAtLevel=1}, which halves steady-state throughput) and G1, the collector the deployments name
	 * explicitly. Only the memory differs: a heap sized for eight JVMs on one machine.
	 */
	public static final List<String> JVM_OPTIONS = List.of("-XX:+UseG1GC", "-Xss512k", "-XX:MaxRAM=1g");

	private final ServiceSpec spec;

	private final Process process;

	private final Path logFile;

	private volatile boolean stopping;

	private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
		this.spec = spec;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Starts the application; from its start-up cache when {@code startupCache} is set and the cache is fresh, from
	 * its jar otherwise.
	 */
	public static ServiceProcess start(ServiceSpec spec, Path javaBinary, Path logDir, PrintStream console,
			boolean startupCache) throws IOException {
		if (!Files.isRegularFile(spec.jar())) {
			throw new IllegalStateException("The " + spec.name() + " jar is missing: " + spec.jar()
					+ ". Build first: ./mvnw -DskipTests package (or make build)");
		}
		Files.createDirectories(logDir);
		List<String> command = new ArrayList<>();
		command.add(javaBinary.toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(systemProperties(spec));
		StartupCache cache = StartupCache.of(spec, javaBinary, JVM_OPTIONS);
		command.addAll(startupCache ? cache.launchArguments() : List.of("-jar", spec.jar().toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ServiceProcess service = new ServiceProcess(spec, process, logDir.resolve(spec.name() + ".log"));
		Thread pump = new Thread(() -> service.pump(console), spec.name() + "-output");
		pump.setDaemon(true);
		pump.start();
		return service;
	}

	/** The application's Spring properties as {@code -D} options. */
	static List<String> systemProperties(ServiceSpec spec) {
		List<String> options = new ArrayList<>();
		spec.properties().forEach((key, value) -> options.add("-D" + key + "=" + value));
		return options;
	}

	/**
	 * Makes the application's start-up cache when the JDK supports one and the cache is missing or stale.
	 *
	 * @return whether the application now has a fresh cache
	 */
	public static boolean trainStartupCache(ServiceSpec spec, Path javaBinary, Path logDir)
			throws IOException, InterruptedException {
		StartupCache cache = StartupCache.of(spec, javaBinary, JVM_OPTIONS);
		if (!cache.supported() || !Files.isRegularFile(spec.jar())) {
			return false;
		}
		if (cache.fresh()) {
			return true;
		}
		Path log = logDir.resolve(spec.name() + "-training.log");
		Files.deleteIfExists(log);
		return cache.train(systemProperties(spec), log);
	}

	/** Waits until the service says it is ready to take traffic, or fails with the reason. */
	public void awaitReady(HttpClient http) throws InterruptedException {
		URI readiness = spec.readiness();
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The " + spec.name() + " stopped during start-up (exit code "
						+ process.exitValue() + "); see " + logFile);
			}
			if (answersReady(http, readiness)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The " + spec.name() + " was not ready after " + READY_TIMEOUT.toSeconds()
				+ " s; see " + logFile);
	}

	public String name() {
		return spec.name();
	}

	/** Asks the service to stop (it drains requests), and kills it if it has not stopped in time. */
	@Override
	public void close() throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		stopping = true;
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static boolean answersReady(HttpClient http, URI readiness) throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void pump(PrintStream console) {
		String name = spec.name();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
			String line;
			while ((line = output.readLine()) != null) {
				log.write(line);
				log.write(System.lineSeparator());
				log.flush();
				if (WORTH_SHOWING.matcher(line).find()) {
					console.println("[" + name + "] " + abbreviate(readable(line)));
				}
			}
		}
		catch (IOException ex) {
			// stopping the process closes its output under the reader; only an unexpected loss is worth a word
			if (!stopping) {
				console.println("[" + name + "] output lost: " + ex.getMessage());
			}
		}
	}

	/** Services log JSON; on the console, level and message are what a person reads. */
	static String readable(String line) {
		Matcher level = JSON_LEVEL.matcher(line);
		Matcher message = JSON_MESSAGE.matcher(line);
		if (line.startsWith("{") && level.find() && message.find()) {
			return level.group(1) + " " + message.group(1);
		}
		return line;
	}

	private static String abbreviate(String line) {
		return (line.length() > 240) ? line.substring(0, 240) + "…" : line;
	}
}
