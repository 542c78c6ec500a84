package com.vurksha.local.services;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.vurksha.local.host.HostPlan;
import com.vurksha.local.host.ServiceHost;

/**
 * The service host: one JVM that runs the application context of every service and the gateway, each in its own class
 * loader, on its own port, with its own database, settings and log file, talking to the others over HTTP and the
 * broker as deployed. The libraries they share are loaded and compiled once, which is what makes a local start fast on
 * a small machine; deployed, each application is still its own image and JVM.
 * <p>
 * What the host prints goes to {@code service-host.out} in the log folder; warnings, errors, start-up lines and a
 * failed start are also shown on the console with the service's name in front.
 */
public final class ServiceHostProcess implements AutoCloseable {

	/**
	 * The JVM settings of the host, those of production where they matter for speed: the full JIT (no
	 * {@code -XX:TieredStopAtLevel=1}, which halves steady-state throughput) and G1, the collector the deployments name
	 * explicitly. The heap is sized for every application's context together.
	 */
	public static final List<String> JVM_OPTIONS = List.of("-XX:+UseG1GC", "-Xss512k", "-Xms256m", "-Xmx1280m");

	/**
	 * How many application contexts start at the same time: one more than the cores, since a context's start also
	 * waits (for its database, migrations, the broker); on two cores three at a time start the system 2-3 s sooner
	 * than two.
	 */
	static final int PARALLELISM = Runtime.getRuntime().availableProcessors() + 1;

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final Path output;

	private volatile String failure;

	private volatile boolean stopping;

	private ServiceHostProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the host with the applications given; their jars are laid out in {@code folder} beforehand.
	 *
	 * @param specs the applications to start, each with its settings
	 * @param folder the unpacked jars of every application
	 * @param runDir where the host's plan is written (the run's data folder)
	 * @param logDir where each application's log file and the host's output go
	 */
	public static ServiceHostProcess start(List<ServiceSpec> specs, HostFolder folder, Path javaBinary, Path runDir,
			Path logDir, PrintStream console) throws IOException {
		Files.createDirectories(logDir);
		for (ServiceSpec spec : specs) {
			Files.deleteIfExists(logDir.resolve(spec.name() + ".log"));
		}
		List<HostPlan.Application> applications = new ArrayList<>();
		for (ServiceSpec spec : specs) {
			applications.add(new HostPlan.Application(spec.name(), folder.startClass(spec.name()),
					folder.layout().applications().get(spec.name()).sharedLibraries(), folder.ownClassPath(spec.name()),
					arguments(spec.properties())));
		}
		HostPlan plan = new HostPlan(folder.sharedDir().toAbsolutePath(), logDir.toAbsolutePath(), PARALLELISM,
				applications);
		Path planFile = runDir.resolve("service-host.plan");
		Files.writeString(planFile, plan.write(), StandardCharsets.UTF_8);

		List<String> command = new ArrayList<>();
		command.add(javaBinary.toString());
		command.addAll(JVM_OPTIONS);
		// every application's logging is set up once by the host (per-service files); Boot must not reset it per context
		command.add("-Dorg.springframework.boot.logging.LoggingSystem=none");
		command.add("-cp");
		command.add(hostJar() + File.pathSeparator + folder.sharedDir().toAbsolutePath() + File.separator + "*");
		command.add(ServiceHost.class.getName());
		command.add(planFile.toAbsolutePath().toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ServiceHostProcess host = new ServiceHostProcess(process, logDir.resolve("service-host.out"));
		Thread pump = new Thread(() -> host.pump(console), "service-host-output");
		pump.setDaemon(true);
		pump.start();
		return host;
	}

	/** The application's Spring properties as command-line arguments, which beat its {@code application.yml}. */
	static List<String> arguments(Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return args;
	}

	/** Waits until the application answers ready on its port, or fails with the reason. */
	public void awaitReady(ServiceSpec spec, HttpClient http) throws InterruptedException {
		URI readiness = spec.readiness();
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				process.waitFor(5, TimeUnit.SECONDS);
				String reason = (failure != null) ? failure
						: "the service host stopped (exit code " + process.exitValue() + "); see " + output;
				throw new IllegalStateException(reason + "; see the logs in " + output.getParent());
			}
			if (answersReady(http, readiness)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The " + spec.name() + " was not ready after " + READY_TIMEOUT.toSeconds()
				+ " s; see " + output.getParent().resolve(spec.name() + ".log"));
	}

	/** The host's process id, for tools that look at it. */
	public long pid() {
		return process.pid();
	}

	/** Asks the host to stop (every context drains its requests), and kills it if it has not stopped in time. */
	@Override
	public void close() throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		stopping = true;
		process.destroy();
		if (!process.waitFor(40, TimeUnit.SECONDS)) {
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
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer log = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			String line;
			while ((line = lines.readLine()) != null) {
				log.write(line);
				log.write(System.lineSeparator());
				log.flush();
				String failed = failure(line);
				if (failed != null && failure == null) {
					// the first failure is the cause; the others are contexts closed because of it
					failure = failed;
					console.println(failure);
				}
				else if (line.startsWith("[") || line.startsWith(ServiceHost.FAILED)) {
					console.println(line);
				}
			}
		}
		catch (IOException ex) {
			// stopping the process closes its output under the reader; only an unexpected loss is worth a word
			if (!stopping) {
				console.println("[service host] output lost: " + ex.getMessage());
			}
		}
	}

	/** What a line of the host says about an application that failed to start, or null when it says nothing of it. */
	static String failure(String line) {
		if (!line.startsWith(ServiceHost.FAILED)) {
			return null;
		}
		String failed = line.substring(ServiceHost.FAILED.length());
		int colon = failed.indexOf(':');
		return (colon < 0) ? failed
				: "The " + displayName(failed.substring(0, colon)) + " did not start:" + failed.substring(colon + 1);
	}

	private static String displayName(String application) {
		return "gateway".equals(application) ? application : application + " service";
	}

	/** Where the host's classes are: the launcher's class path holds them (the local-host jar or its classes folder). */
	static Path hostJar() {
		try {
			return Path.of(HostPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot find the service host's classes", ex);
		}
	}
}
