package com.vurksha.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The one measure of the whole system on one machine, in phases: (0) a fixed JSON from nginx, the ceiling of this
 * machine and load generator; (1) catalogue reads through the gateway; (2) checkout by concurrent bench customers,
 * each with its own cart and address; (3) overload at several times that; (4) one customer ordering alone; (5) how
 * fast order events reach the customer's inbox and that the consumers catch up. Writes the report to stdout and
 * {@code bench/results/bench-<UTC time>.txt}. Settings: {@link Settings}. Traffic goes to 127.0.0.1 only.
 */
public final class LoadGenerator {

	private static final String OPERATOR = "+919000000901";

	private static final List<String> RIDERS = List.of("+919000000101", "+919000000102", "+919000000103",
			"+919000000104");

	/** Packs of the first products of the catalogue that shoppers buy (and the operator restocks). */
	private static final int PRODUCTS_BOUGHT = 20;

	/** How often a shopper sends a shed call again after its Retry-After, as the app does. */
	private static final int RETRIES_WHEN_SHED = 2;

	private final Settings settings;

	private final Api setup;

	private final Report report = new Report();

	private final SystemCpu cpu;

	/** What the catalogue phase and browsing shoppers search for; none unless the run searches. */
	private final SearchQueries searches;

	private int printed;

	private LoadGenerator(Settings settings) {
		this.settings = settings;
		this.setup = new Api(settings.url(), LatencyRecorder.unbounded());
		this.cpu = new SystemCpu(settings.systemPids());
		this.searches = settings.search() ? SearchQueries.typedByShoppers() : SearchQueries.none();
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		String text = new LoadGenerator(settings).run();
		Files.createDirectories(settings.out());
		Path file = settings.out().resolve("bench-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
			.replace(':', '-') + ".txt");
		Files.writeString(file, text);
		System.out.println("Written to " + file);
	}

	private String run() throws Exception {
		Instant started = Instant.now();
		header(started);
		ceilingPhase();
		Catalogue catalogue = withPictures(Catalogue.read(setup, PRODUCTS_BOUGHT));
		if (catalogue.productIds().isEmpty()) {
			return fail("No products at " + settings.url() + "; is the system up?");
		}
		cataloguePhase(catalogue);
		List<Customer> customers = prepare(catalogue);
		if (customers.isEmpty()) {
			return fail("No bench customer could sign in (+919000001000 ...): is the local profile's user service the "
					+ "one with the bench customers?");
		}
		PlacedOrders placed = checkoutPhase(catalogue, customers);
		long loadStopped = System.nanoTime();
		String events = eventsPhase(placed, loadStopped);
		String unloaded = unloadedPhase(catalogue, customers.get(0));
		overloadPhase(catalogue, customers, started);
		report.line(unloaded.stripTrailing()).line(events.stripTrailing());
		flush();
		return report.toString();
	}

	/** Says on stderr what runs now, so a long run does not look stuck; the report itself goes to stdout. */
	private static void progress(String what) {
		System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + what);
	}

	/** Prints what the report gained since the last flush, so a long run shows its progress. */
	private void flush() {
		String text = report.toString();
		System.out.print(text.substring(printed));
		System.out.flush();
		printed = text.length();
	}

	private String fail(String message) {
		report.line("").line("RUN FAILED: " + message);
		System.err.println(message);
		flush();
		return report.toString();
	}

	private void header(Instant started) throws IOException {
		Runtime runtime = Runtime.getRuntime();
		report.line("Vurksha bench " + started.truncatedTo(ChronoUnit.SECONDS))
			.line("target " + settings.url() + " (loopback), load generator: JDK HttpClient, HTTP/1.1, closed loop")
			.line("machine: " + runtime.availableProcessors() + " cores, " + System.getProperty("os.name") + " "
					+ System.getProperty("os.version") + ", load generator on JDK " + System.getProperty("java.version")
					+ " in the same machine")
			.line("database durability (local PostgreSQL): "
					+ new Database(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword()).durability());
		if (settings.systemInfo() != null && Files.exists(settings.systemInfo())) {
			report.line("system JVMs (as started, with the JIT, GC and heap each one ended up with):");
			Files.readAllLines(settings.systemInfo()).forEach(line -> report.line("  " + line));
		}
		flush();
	}

	private void ceilingPhase() throws InterruptedException {
		if (settings.ceiling() == null) {
			report.line("").line("== (0) ceiling: no nginx on this machine (apt-get install -y nginx-light); "
					+ "throughputs are not compared with a ceiling");
			flush();
			return;
		}
		progress("(0) ceiling: nginx at " + settings.ceiling());
		LatencyRecorder recorder = new LatencyRecorder();
		Api nginx = new Api(settings.ceiling(), recorder);
		double seconds = ClosedLoop.run(settings.connections(), settings.warmUp(), settings.catalogue(), recorder, cpu,
				thread -> () -> nginx.get("GET nginx fixed JSON", settings.ceiling().getPath(), null));
		Map<String, LatencyRecorder.Summary> calls = recorder.summaries(seconds);
		report.ceiling(calls.values().stream().mapToLong(LatencyRecorder.Summary::count).sum() / seconds);
		report.phase("(0) ceiling: nginx serving a fixed ~150-byte JSON on 127.0.0.1, " + settings.connections()
				+ " connections, " + settings.catalogue().toSeconds() + " s after " + settings.warmUp().toSeconds()
				+ " s warm-up", seconds, calls, recorder.refusals());
		flush();
	}

	/**
	 * A fresh local system draws the demo products' pictures in the background after it is ready; waits up to two
	 * minutes for every product to show one, so the catalogue phase fetches pictures as the app does.
	 */
	private Catalogue withPictures(Catalogue catalogue) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		Catalogue current = catalogue;
		while (current.imagePaths().size() < current.productIds().size() && System.nanoTime() < deadline) {
			progress("waiting for product pictures (" + current.imagePaths().size() + " of "
					+ current.productIds().size() + ")");
			Thread.sleep(3000);
			current = Catalogue.read(setup, PRODUCTS_BOUGHT);
		}
		return current;
	}

	/** The picture of a product tile (400 px WebP), as the app loads it through the CDN, here the gateway. */
	static final String PICTURE_CALL = "GET /cdn/p/{sha256}.webp (card)";

	private void cataloguePhase(Catalogue catalogue) throws InterruptedException {
		progress("(1) catalogue");
		LatencyRecorder recorder = new LatencyRecorder();
		Api api = setup.recordingInto(recorder);
		double seconds = ClosedLoop.run(settings.connections(), settings.warmUp(), settings.catalogue(), recorder, cpu,
				thread -> () -> {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					api.get("GET /products?limit=20", "/api/v1/products?limit=20", null);
					api.get("GET /products/{id}", "/api/v1/products/" + catalogue.randomProductId(random), null);
					if (!catalogue.imagePaths().isEmpty()) {
						api.get(PICTURE_CALL, catalogue.randomImagePath(random), null);
					}
					if (searches.enabled()) {
						api.get(SearchQueries.PRODUCTS_CALL, searches.productsPath(random), null);
						api.get(SearchQueries.SUGGEST_CALL, searches.suggestPath(random), null);
					}
				});
		Map<String, LatencyRecorder.Summary> calls = recorder.summaries(seconds);
		report.phase("(1) catalogue through the gateway, anonymous, " + settings.connections() + " connections"
				+ (catalogue.imagePaths().isEmpty() ? ", no product pictures"
						: ", a product tile's picture from /cdn (" + catalogue.imagePaths().size() + " pictures)")
				+ (searches.enabled() ? ", with a search and a suggestion (q from " + searches.queries().size()
						+ " typed queries)" : "")
				+ ", " + settings.catalogue().toSeconds() + " s after " + settings.warmUp().toSeconds() + " s warm-up",
				seconds, calls, recorder.refusals());
		searchFigures(calls);
		cpuUsed(seconds, calls, -1);
		flush();
	}

	/** The operator restocks and opens slots; the bench customers sign in and get their addresses. */
	private List<Customer> prepare(Catalogue catalogue) {
		progress("set-up: restock, delivery windows, bench customers");
		report.line("").line("== set-up through the admin API (operator " + OPERATOR + ")");
		String operator = Customer.signIn(setup, OPERATOR);
		if (operator == null) {
			report.line("  the operator could not sign in: no restock, no extra slots");
		}
		else {
			Operator desk = new Operator(setup, operator);
			List<String> failed = desk.restock(catalogue.variants(), settings.stock());
			report.line("  restocked " + (catalogue.variants().size() - failed.size()) + " of "
					+ catalogue.variants().size() + " packs shoppers buy to at least " + settings.stock()
					+ " available" + (failed.isEmpty() ? "" : "; failed: " + failed));
			desk.openBenchWindows().forEach(note -> report.line("  " + note));
		}
		List<Customer> customers = Customer.benchCustomers(setup, settings.customers());
		report.line("  " + customers.size() + " bench customers signed in, each with its own address, pincodes "
				+ (customers.isEmpty() ? "-" : customers.get(0).pincode() + ".." + customers.get(customers.size() - 1).pincode()));
		flush();
		return customers;
	}

	private PlacedOrders checkoutPhase(Catalogue catalogue, List<Customer> customers) throws InterruptedException {
		progress("(2) checkout");
		LatencyRecorder recorder = new LatencyRecorder();
		Api api = setup.recordingInto(recorder).honouringRetryAfter(RETRIES_WHEN_SHED);
		Fulfiller fulfiller = settings.fulfil() ? fulfiller(api) : null;
		PlacedOrders placed = new PlacedOrders(order -> {
			if (fulfiller != null) {
				fulfiller.placed(order);
			}
		});
		int shoppers = settings.shoppers();
		double seconds = ClosedLoop.run(shoppers + ((fulfiller != null) ? 1 : 0), settings.warmUp(),
				settings.checkout(), recorder, cpu, thread -> (thread == shoppers) ? fulfiller
						: new Shopper(api, customers.get(thread % customers.size()), catalogue, placed, true, searches));
		Map<String, LatencyRecorder.Summary> calls = recorder.summaries(seconds);
		report.phase("(2) checkout: " + shoppers + " concurrent bench customers"
				+ ((shoppers > customers.size()) ? " (only " + customers.size() + " exist: some share a cart)" : ", "
						+ "each with its own cart and address")
				+ ", " + (searches.enabled() ? "search + " : "") + "browse (with pictures) + cart + slot + POST /orders (COD), a shed call sent again after its Retry-After (at most "
				+ RETRIES_WHEN_SHED + " times)" + ((fulfiller != null) ? ", operator packs and riders "
						+ "deliver alongside" : ", no fulfilment alongside")
				+ ", " + settings.checkout().toSeconds() + " s after " + settings.warmUp().toSeconds() + " s warm-up",
				seconds, calls, recorder.refusals());
		searchFigures(calls);
		cpuUsed(seconds, calls, ordersPlaced(calls, seconds));
		flush();
		return placed;
	}

	/** Prints the search calls' p99 and throughput as a share of the ceiling, when the run searches. */
	private void searchFigures(Map<String, LatencyRecorder.Summary> calls) {
		for (String call : List.of(SearchQueries.PRODUCTS_CALL, SearchQueries.SUGGEST_CALL)) {
			LatencyRecorder.Summary search = calls.get(call);
			if (search != null) {
				report.line(String.format("%s p99 %.1f ms at %.1f req/s (%s of ceiling), %d errors", call,
						search.p99Ms(), search.perSecond(), report.share(search.perSecond()), search.errors()));
			}
		}
	}

	/** Prints the orders placed in the window; returns how many. */
	private long ordersPlaced(Map<String, LatencyRecorder.Summary> calls, double seconds) {
		LatencyRecorder.Summary orders = calls.get("POST /orders");
		long ok = (orders == null) ? 0 : orders.ok();
		report.line(String.format("orders placed: %d = %.1f orders/s (%s of ceiling); POST /orders p50 %.1f ms, "
				+ "p99 %.1f ms", ok, ok / seconds, report.share(ok / seconds), (orders == null) ? 0 : orders.p50Ms(),
				(orders == null) ? 0 : orders.p99Ms()));
		return ok;
	}

	/**
	 * Prints the CPU time the system spent in the phase's measured window, per call and per order placed ({@code orders}
	 * below 0: the phase places none), and the load generator's own.
	 */
	private void cpuUsed(double window, Map<String, LatencyRecorder.Summary> calls, long orders) {
		SystemCpu.Sample used = cpu.window();
		if (!cpu.available() || used == null) {
			report.line("system CPU: not measured (no system processes known, or not Linux)");
			return;
		}
		long count = calls.values().stream().mapToLong(LatencyRecorder.Summary::count).sum();
		report.line(String.format("system CPU in the window: %.1f CPU-s (%.2f of %d cores)%s%s; load generator %.1f CPU-s",
				used.systemSeconds(), (window > 0) ? used.systemSeconds() / window : 0.0,
				Runtime.getRuntime().availableProcessors(),
				(count > 0) ? String.format(", %.2f ms per call", 1000 * used.systemSeconds() / count) : "",
				(orders > 0) ? String.format(", %.1f ms per order placed", 1000 * used.systemSeconds() / orders) : "",
				used.generatorSeconds()));
		report.line("  by process: " + byProcess(used, (orders > 0) ? orders : 0));
	}

	/** Each process's share of the window's CPU, and per order placed when the phase places orders. */
	static String byProcess(SystemCpu.Sample used, long orders) {
		double total = used.systemSeconds();
		List<String> parts = new ArrayList<>();
		used.largestFirst().forEach((name, seconds) -> {
			if (seconds >= 0.05) {
				parts.add(String.format("%s %.1f CPU-s (%.0f%%%s)", name, seconds, (total > 0) ? 100 * seconds / total : 0.0,
						(orders > 0) ? String.format(", %.1f ms per order", 1000 * seconds / orders) : ""));
			}
		});
		return parts.isEmpty() ? "-" : String.join(", ", parts);
	}

	private Fulfiller fulfiller(Api api) {
		String operator = Customer.signIn(setup, OPERATOR);
		List<String> riders = new ArrayList<>();
		RIDERS.forEach(phone -> {
			String token = Customer.signIn(setup, phone);
			if (token != null) {
				riders.add(token);
			}
		});
		return (operator == null) ? null : new Fulfiller(api, operator, riders);
	}

	private String eventsPhase(PlacedOrders placed, long loadStopped) throws InterruptedException {
		progress("(5) events: following " + placed.all().size() + " orders to the inbox");
		Events.Result result = Events.follow(setup, placed.all(), loadStopped, settings.eventBound());
		long[] latencies = Events.latencies(result);
		Report section = new Report();
		section.line("").line("== (5) events: order placed (order service placedAt) -> first in-app notification "
				+ "(notification service createdAt), orders of phase (2) including its warm-up");
		section.line(String.format("  %d of %d orders reached the inbox; latency p50 %.0f ms, p99 %.0f ms, max %.0f ms",
				result.notified().size(), result.placed(), LatencyRecorder.percentileMs(latencies, 0.50),
				LatencyRecorder.percentileMs(latencies, 0.99), LatencyRecorder.percentileMs(latencies, 1.0)));
		section.line((result.drainedAfter() != null)
				? String.format("  consumer lag back to zero: the last notification was seen %.1f s after the load "
						+ "stopped", result.drainedAfter().toMillis() / 1000.0)
				: String.format("  consumer lag NOT back to zero: %d orders had no notification %d s after the load "
						+ "stopped", result.placed() - result.notified().size(), settings.eventBound().toSeconds()));
		return section.toString();
	}

	private String unloadedPhase(Catalogue catalogue, Customer customer) {
		progress("(4) unloaded");
		LatencyRecorder recorder = LatencyRecorder.unbounded();
		Shopper alone = new Shopper(setup.recordingInto(recorder), customer, catalogue, new PlacedOrders(order -> {
		}), false, SearchQueries.none());
		long start = System.nanoTime();
		for (int i = 0; i < settings.unloadedOrders(); i++) {
			try {
				alone.run();
			}
			catch (RuntimeException ex) {
				// counted in the recorder already
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Report section = new Report();
		section.phase("(4) unloaded: one customer (" + customer.phone() + "), " + settings.unloadedOrders()
				+ " orders one at a time (cart + slot + POST /orders), nothing else running", seconds,
				recorder.summaries(seconds), recorder.refusals());
		recorder.summaries(seconds).forEach((call, s) -> section.line(String.format("  %s: p50 %.1f ms, p90 %.1f ms",
				call, s.p50Ms(), s.p90Ms())));
		return section.toString();
	}

	private void overloadPhase(Catalogue catalogue, List<Customer> customers, Instant started) throws Exception {
		LatencyRecorder recorder = new LatencyRecorder();
		Api api = setup.recordingInto(recorder).honouringRetryAfter(RETRIES_WHEN_SHED);
		PlacedOrders placed = new PlacedOrders(order -> {
		});
		int threads = settings.overloadShoppers();
		progress("(3) overload");
		double seconds = ClosedLoop.run(threads, settings.warmUp(), settings.overload(), recorder, cpu,
				thread -> new Shopper(api, customers.get(thread % customers.size()), catalogue, placed, true, searches));
		Map<String, LatencyRecorder.Summary> calls = recorder.summaries(seconds);
		report.phase(String.format("(3) overload: %d shopper threads (%.1fx checkout) over %d bench customers, so "
				+ "up to %d threads share a customer and its cart here; same journey and retries, %d s after %d s warm-up",
				threads,
				threads / (double) settings.shoppers(), customers.size(),
				(threads + customers.size() - 1) / customers.size(), settings.overload().toSeconds(),
				settings.warmUp().toSeconds()), seconds, calls, recorder.refusals());
		cpuUsed(seconds, calls, ordersPlaced(calls, seconds));
		TimeUnit.SECONDS.sleep(5);
		try {
			Database.Holds holds = new Database(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword())
				.holds(started);
			report.line("left held 5 s after the overload (for orders that do not exist in vurksha_order):");
			report.line("  slot bookings (vurksha_delivery.slot_booking HELD): " + describe(holds.slotBookings()));
			report.line("  stock reservations (vurksha_product.stock_reservation RESERVED): "
					+ describe(holds.stockReservations()));
		}
		catch (java.sql.SQLException ex) {
			report.line("held bookings/reservations: could not query the database: " + ex.getMessage());
		}
		flush();
	}

	private static String describe(Database.Counts counts) {
		return String.format("%d without an order (%d of them made during this run); %d held in all",
				counts.withoutOrder(), counts.withoutOrderSinceStart(), counts.held());
	}
}
