package com.vurksha.local.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK's ahead-of-time cache of one application (JDK 25 and later): the classes it loads and links and the method
 * profiles of its start, recorded by a training run that stops as soon as the Spring context is refreshed. A start from
 * the cache needs about half the CPU time, with the full JIT and the same garbage collector as without it.
 * <p>
 * The cache belongs to one build of the jar, one JDK and one set of JVM options, all written into its fingerprint.
 * When any of them changes the cache is stale: the application then starts from its jar as before, until a training
 * run makes a new cache. On an older JDK there is no cache at all.
 */
public final class StartupCache {

	/** The first JDK with {@code -XX:AOTCacheOutput} (JEP 514) and method profiles in the cache (JEP 515). */
	static final int FIRST_JDK = 25;

	private static final Pattern RUNTIME_VERSION = Pattern.compile("^JAVA_RUNTIME_VERSION=\"?([^\"\\s]+)\"?",
			Pattern.MULTILINE);

	private static final Pattern FEATURE = Pattern.compile("^(\\d+)");

	private final Path jar;

	private final Path dir;

	private final Path javaBinary;

	private final List<String> jvmOptions;

	StartupCache(Path jar, Path dir, Path javaBinary, List<String> jvmOptions) {
		this.jar = jar;
		this.dir = dir;
		this.javaBinary = javaBinary;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	/** The cache of an application's jar, kept beside it in the build folder ({@code target/startup-cache}). */
	public static StartupCache of(ServiceSpec spec, Path javaBinary, List<String> jvmOptions) {
		return new StartupCache(spec.jar(), spec.jar().toAbsolutePath().getParent().resolve("startup-cache"),
				javaBinary, jvmOptions);
	}

	/** Whether the JDK can make and use the cache at all. */
	public boolean supported() {
		String version = runtimeVersion();
		if (version == null) {
			return false;
		}
		Matcher feature = FEATURE.matcher(version);
		return feature.find() && Integer.parseInt(feature.group(1)) >= FIRST_JDK;
	}

	/** Whether a cache exists and was made from this very jar, JDK and JVM options. */
	public boolean fresh() {
		try {
			return supported() && Files.isRegularFile(cacheFile()) && Files.isRegularFile(extractedJar())
					&& Files.readString(fingerprintFile(), StandardCharsets.UTF_8).equals(fingerprint());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** What follows the JVM options on the command line: the cache and the extracted jar, or the jar as built. */
	public List<String> launchArguments() {
		if (fresh()) {
			return List.of("-XX:AOTCache=" + cacheFile(), "-jar", extractedJar().toString());
		}
		return List.of("-jar", jar.toString());
	}

	/**
	 * Makes the cache: extracts the jar (the cache needs a plain class path, not jars nested in a jar), then starts the
	 * application once until its context is refreshed and lets the JVM write what it learnt.
	 *
	 * @param properties the {@code -D} options the application needs to reach its database, broker and Redis
	 * @param log where the training run's output goes
	 * @return whether a fresh cache now exists
	 */
	public boolean train(List<String> properties, Path log) throws IOException, InterruptedException {
		deleteRecursively(dir);
		Files.createDirectories(dir);
		Files.createDirectories(log.getParent());
		List<String> extract = List.of(javaBinary.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", dir.resolve("app").toString());
		if (!run(extract, log, 2)) {
			return false;
		}
		List<String> training = new ArrayList<>();
		training.add(javaBinary.toString());
		training.addAll(jvmOptions);
		training.add("-XX:AOTCacheOutput=" + cacheFile());
		training.add("-Dspring.context.exit=onRefresh");
		training.addAll(properties);
		training.add("-jar");
		training.add(extractedJar().toString());
		if (!run(training, log, 30) || !Files.isRegularFile(cacheFile())) {
			return false;
		}
		Files.writeString(fingerprintFile(), fingerprint(), StandardCharsets.UTF_8);
		return true;
	}

	Path cacheFile() {
		return dir.resolve("app.aot");
	}

	Path extractedJar() {
		return dir.resolve("app").resolve(jar.getFileName());
	}

	private Path fingerprintFile() {
		return dir.resolve("fingerprint");
	}

	/** The jar (path, size, modification time), the JDK build and the JVM options the cache was made with. */
	String fingerprint() throws IOException {
		return String.join(System.lineSeparator(), "jar=" + jar.toAbsolutePath(), "size=" + Files.size(jar),
				"modified=" + Files.getLastModifiedTime(jar).toMillis(), "java=" + javaBinary.toAbsolutePath(),
				"runtime=" + runtimeVersion(), "options=" + String.join(" ", jvmOptions));
	}

	/** The JDK's version from its {@code release} file (no process started for it), or null when unknown. */
	private String runtimeVersion() {
		Path home = javaBinary.toAbsolutePath().getParent();
		home = (home != null) ? home.getParent() : null;
		if (home == null) {
			return null;
		}
		try {
			Matcher version = RUNTIME_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
			return version.find() ? version.group(1) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean run(List<String> command, Path log, int minutes) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
			return false;
		}
		return process.exitValue() == 0;
	}

	/** Deletes a folder with everything in it; nothing happens when it does not exist. */
	public static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
