package com.vurksha.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What each workload's code uses, read from its build module ({@code ../gateway}, {@code ../services/<name>}), so
 * the data tier rules apply to a service as soon as it starts using the database, Redis or events, without a list
 * here to forget to update.
 */
final class WorkloadModules {

	/** {@code spring.data.redis} configured in the application's own settings. */
	private static final Pattern REDIS_SETTINGS = Pattern.compile("(?m)^  data:\\s*\\n(\\s*#.*\\n)*    redis:");

	private WorkloadModules() {
	}

	/** Workloads whose module depends on the PostgreSQL driver. */
	static Set<String> usingPostgres() {
		return matching(module -> read(module.resolve("pom.xml")).contains("<artifactId>postgresql</artifactId>"));
	}

	/** Workloads whose module depends on Spring AMQP: they publish through the outbox or consume events, or both. */
	static Set<String> usingEvents() {
		return matching(module -> read(module.resolve("pom.xml")).contains("<artifactId>spring-boot-starter-amqp</artifactId>"));
	}

	/** Workloads that configure a Redis connection (the cart's store, caches, rate limits, sign-in codes). */
	static Set<String> usingRedis() {
		return matching(module -> REDIS_SETTINGS
			.matcher(read(module.resolve("src/main/resources/application.yml"))).find());
	}

	static Path module(String workload) {
		return "gateway".equals(workload) ? Path.of("..", "gateway") : Path.of("..", "services", workload);
	}

	private static Set<String> matching(Predicate<Path> uses) {
		Set<String> workloads = new TreeSet<>();
		DeployManifestsTests.WORKLOADS.stream().filter(w -> uses.test(module(w))).forEach(workloads::add);
		return workloads;
	}

	private static String read(Path file) {
		return Files.isRegularFile(file) ? Kustomize.read(file) : "";
	}
}
