package com.vurksha.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

/**
 * Drives the app's journey (browse, add to cart, place a cash-on-delivery order) through the gateway for a fixed
 * time with several signed-in customers, while an operator packs the orders and the demo rider delivers them
 * (accept, pick up, location, doorstep code read from the customer's tracking), then
 * prints throughput, latency percentiles and error counts per call and writes them under {@code bench/results/}.
 *
 * <p>Options (system properties): {@code bench.url} (default http://127.0.0.1:8080), {@code bench.users} (16),
 * {@code bench.seconds} (30), {@code bench.browses-per-order} (5), {@code bench.out} (bench/results). Traffic goes to the given URL only; run it
 * against 127.0.0.1.
 */
public final class LoadGenerator {

	private static final List<String> CUSTOMERS = List.of("+919000000001", "+919000000002");

	private static final String OPERATOR = "+919000000901";

	private static final String RIDER = "+919000000101";

	private static final String TEST_CODE = "123456";

	private LoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8080"));
		int users = Integer.getInteger("bench.users", 16);
		int seconds = Integer.getInteger("bench.seconds", 30);
		Path out = Path.of(System.getProperty("bench.out", "bench/results"));

		LatencyRecorder setupRecorder = new LatencyRecorder();
		Api setup = new Api(base, setupRecorder);
		List<String> tokens = signIn(setup, CUSTOMERS);
		List<String> productIds = productIds(setup);
		List<String> variantIds = inStockVariants(setup, productIds);
		if (tokens.isEmpty() || productIds.isEmpty()) {
			System.err.println("Could not sign in or find products at " + base + "; is `make run` up?");
			System.exit(1);
		}

		LatencyRecorder recorder = new LatencyRecorder();
		Api api = new Api(base, recorder);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		int browsesPerOrder = Integer.getInteger("bench.browses-per-order", 5);
		Fulfiller fulfiller = fulfiller(setup, api, tokens);
		List<Shopper> shoppers = new ArrayList<>();
		for (String token : tokens) {
			shoppers.add(Shopper.prepare(setup, api, token, productIds, variantIds, fulfiller));
		}
		ExecutorService pool = Executors.newFixedThreadPool(users + 1);
		for (int i = 0; i < users; i++) {
			Shopper shopper = shoppers.get(i % shoppers.size());
			pool.submit(() -> shopper.shop(deadline, browsesPerOrder));
		}
		if (fulfiller != null) {
			pool.submit(() -> fulfiller.work(deadline));
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);

		String report = report(base, users, seconds, recorder.summaries(seconds), recorder.refusals());
		System.out.println(report);
		Files.createDirectories(out);
		Path file = out.resolve("bench-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-')
				+ ".txt");
		Files.writeString(file, report);
		System.out.println("Written to " + file);
	}

	/** The operator and the rider, or none when either cannot sign in (the run then only shops). */
	private static Fulfiller fulfiller(Api setup, Api api, List<String> customerTokens) {
		List<String> staff = signIn(setup, List.of(OPERATOR, RIDER));
		if (staff.size() < 2) {
			System.err.println("Operator or rider could not sign in; the run leaves out the rider side");
			return null;
		}
		return new Fulfiller(api, setup, customerTokens, staff.get(0), staff.get(1));
	}

	private static List<String> signIn(Api api, List<String> phones) {
		List<String> tokens = new ArrayList<>();
		for (String phone : phones) {
			api.post("otp request", "/api/v1/auth/otp/request", null, Api.json(Map.of("phone", phone)));
			Api.Answer verified = api.post("otp verify", "/api/v1/auth/otp/verify", null,
					Api.json(Map.of("phone", phone, "code", TEST_CODE)));
			if (verified.ok()) {
				tokens.add(verified.body().at("/data/accessToken").asString());
			}
		}
		return tokens;
	}

	private static List<String> productIds(Api api) {
		List<String> ids = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			Api.Answer answer = api.get("setup", "/api/v1/products?limit=100&page=" + page, null);
			if (!answer.ok()) {
				break;
			}
			for (JsonNode product : answer.body().get("data")) {
				ids.add(product.get("id").asString());
			}
			if (!answer.body().at("/pagination/hasMore").asBoolean()) {
				break;
			}
		}
		return ids;
	}

	private static List<String> inStockVariants(Api api, List<String> productIds) {
		List<String> ids = new ArrayList<>();
		for (String productId : productIds.subList(0, Math.min(productIds.size(), 40))) {
			Api.Answer answer = api.get("setup", "/api/v1/products/" + productId, null);
			if (answer.ok()) {
				for (JsonNode variant : answer.body().at("/data/variants")) {
					if (variant.path("inStock").asBoolean()) {
						ids.add(variant.get("id").asString());
					}
				}
			}
		}
		return ids;
	}

	private static String report(URI base, int users, int seconds, Map<String, LatencyRecorder.Summary> summaries,
			Map<String, Long> refusals)
			throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("Vurksha load run ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
		text.append("target ").append(base).append(", ").append(users).append(" concurrent customers, ").append(seconds)
			.append(" s\n");
		text.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ")
			.append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append('\n');
		text.append(String.format("%-22s %8s %9s %9s %9s %9s %9s %7s %8s  %s%n", "call", "count", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "errors", "refused", "statuses"));
		long total = 0;
		long errors = 0;
		for (Map.Entry<String, LatencyRecorder.Summary> entry : summaries.entrySet()) {
			LatencyRecorder.Summary s = entry.getValue();
			total += s.count();
			errors += s.errors();
			text.append(String.format("%-22s %8d %9.1f %9.2f %9.2f %9.2f %9.2f %7d %8d  %s%n", entry.getKey(),
					s.count(), s.perSecond(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), s.errors(), s.refused(),
					s.statuses()));
		}
		text.append(String.format(
				"total %d calls, %.1f req/s, %d errors (no answer = status 0, or 5xx); 4xx counted as refused%n", total,
				total / (double) seconds, errors));
		refusals.forEach((what, count) -> text.append("refused: ").append(what).append(" x").append(count).append('\n'));
		return text.toString();
	}

}
