package com.vurksha.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A run's settings, from system properties (bench/run.sh maps its environment variables onto them).
 *
 * @param ceiling the fixed-JSON nginx to measure first, or null when none runs
 * @param connections connections of the ceiling and catalogue phases
 * @param shoppers concurrent customers of the checkout phase
 * @param overloadShoppers concurrent shopper threads of the overload phase
 * @param customers bench customers to sign in (at most 100 exist)
 * @param unloadedOrders orders placed one at a time in the unloaded phase
 * @param fulfil whether an operator packs and riders deliver during the checkout phase
 * @param search whether the catalogue phase and the shoppers' browsing also search products and ask for
 *        suggestions (the search service's calls; off until it runs in the local system)
 * @param systemInfo a file describing the running system's JVMs, or null
 * @param systemPids the processes whose trees make up the system under test (for its CPU time); empty if unknown
 */
record Settings(URI url, URI ceiling, int connections, Duration warmUp, Duration catalogue, Duration checkout,
		Duration overload, int shoppers, int overloadShoppers, int customers, int unloadedOrders, int stock,
		Duration eventBound, boolean fulfil, boolean search, String jdbcUrl, String jdbcUser, String jdbcPassword, Path out,
		Path systemInfo, List<Long> systemPids) {

	static Settings fromSystemProperties() {
		String ceiling = System.getProperty("bench.ceiling-url", "");
		String info = System.getProperty("bench.system-info", "");
		return new Settings(URI.create(System.getProperty("bench.url", "http://127.0.0.1:8080")),
				ceiling.isBlank() ? null : URI.create(ceiling), Integer.getInteger("bench.connections", 64),
				seconds("bench.warmup-seconds", 10), seconds("bench.catalogue-seconds", 20),
				seconds("bench.checkout-seconds", 40), seconds("bench.overload-seconds", 30),
				Integer.getInteger("bench.shoppers", 64), Integer.getInteger("bench.overload-shoppers", 256),
				Integer.getInteger("bench.customers", 100), Integer.getInteger("bench.unloaded-orders", 30),
				Integer.getInteger("bench.stock", 200_000), seconds("bench.event-wait-seconds", 60),
				Boolean.getBoolean("bench.fulfil"), Boolean.getBoolean("bench.search"),
				System.getProperty("bench.jdbc-url", "jdbc:postgresql://127.0.0.1:55432/"),
				System.getProperty("bench.jdbc-user", "postgres"), System.getProperty("bench.jdbc-password", ""),
				Path.of(System.getProperty("bench.out", "bench/results")), info.isBlank() ? null : Path.of(info),
				Arrays.stream(System.getProperty("bench.system-pids", "").trim().split("[\\s,]+"))
					.filter(pid -> pid.matches("[0-9]+"))
					.map(Long::valueOf)
					.toList());
	}

	private static Duration seconds(String property, int defaultSeconds) {
		return Duration.ofSeconds(Integer.getInteger(property, defaultSeconds));
	}
}
