package com.vurksha.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code make drills}: the seed's failure scenarios on a highly available topology on this one machine, under a
 * steady load of bench customers, one break at a time, with a report in {@code drills/results/<date>.md}. The data
 * tier is built by {@code drills/topology.sh} before this runs and broken by {@code drills/fault.sh}; this starts two
 * instances of every service and of the gateway ({@link DrillServices}), drives the load, breaks things, and reads
 * afterwards what every client was told against what the databases hold.
 *
 * <p>Settings (system properties): {@code drills.repo} (the repository, default .), {@code drills.dir} (scratch
 * folder), {@code drills.scenarios} (default {@code 1,1b,2,3,4,5,6}), {@code drills.shoppers} (default 8),
 * {@code drills.java} (the JDK that runs the services). Traffic stays on 127.0.0.1.
 */
public final class Drills {

	private static final String OPERATOR = "+919000000901";

	/** The customer whose cart must survive the Redis primary's loss; not one the shoppers use. */
	private static final String CANARY = "+919000000002";

	private static final int PRODUCTS_BOUGHT = 20;

	private static final Duration BASELINE = Duration.ofSeconds(30);

	/** Load before the baseline is measured: sixteen fresh JVMs still compile their hot paths. */
	private static final Duration WARM_UP = Duration.ofSeconds(45);

	private static final Duration CALM = Duration.ofSeconds(20);

	/**
	 * What a shopper waits between journeys: a closed loop without a pause would hold sixteen JVMs on two cores at
	 * saturation, where any break only adds to a queue that is already there.
	 */
	private static final Duration THINK = Duration.ofMillis(Long.getLong("drills.think-ms", 1500));

	/** How often scenario 2 kills the next service's instance. */
	private static final Duration KILL_EVERY = Duration.ofSeconds(15);

	/** Customers reading their orders while scenario 6 holds the order table. */
	private static final int READERS = 32;

	private final Path repo;

	private final Path dir;

	private final DrillTopology topology;

	private final int shoppers;

	private final Timeline timeline = new Timeline();

	private final WireMockServer sms = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final List<Scenario> done = new ArrayList<>();

	/** The scenario running now, so that one the drill could not finish is still reported. */
	private Scenario current;

	private DrillServices services;

	private DrillChecks checks;

	private PlacedOrders placed;

	/** When each order's 201 reached its client: after its commit, so a restore to a later time must hold it. */
	private final Map<String, Instant> acknowledgedAt = new java.util.concurrent.ConcurrentHashMap<>();

	/** The bench customers the load uses, for the order readers of scenario 6. */
	private List<Customer> customers;

	private Timeline.Figures normal;

	private boolean restoreMet;

	private Drills(Path repo, Path dir, DrillTopology topology, int shoppers) {
		this.repo = repo;
		this.dir = dir;
		this.topology = topology;
		this.shoppers = shoppers;
	}

	public static void main(String[] args) throws Exception {
		Path repo = Path.of(System.getProperty("drills.repo", ".")).toAbsolutePath().normalize();
		Path dir = Path.of(System.getProperty("drills.dir", "/tmp/vurksha-drills")).resolve("app");
		Set<String> wanted = new LinkedHashSet<>(
				Arrays.asList(System.getProperty("drills.scenarios", "1,1b,2,3,4,5,6").split(",")));
		Drills drills = new Drills(repo, dir, DrillTopology.fromEnvironment(repo), Integer.getInteger("drills.shoppers", 8));
		String report = drills.run(wanted, Path.of(System.getProperty("drills.java", "java")));
		Path out = repo.resolve("drills").resolve("results");
		Files.createDirectories(out);
		Path file = out.resolve(LocalDate.now(ZoneOffset.UTC) + ".md");
		Files.writeString(file, report);
		System.out.println(report);
		System.out.println("Written to " + file);
	}

	private static void progress(String what) {
		System.err.println("[drills " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + what);
	}

	private String run(Set<String> wanted, Path java) throws Exception {
		Instant started = Instant.now();
		sms.start();
		sms.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(okJson("{\"type\":\"success\",\"message\":\"ok\"}")));
		Map<String, String> extra = new HashMap<>();
		extra.put("notification:vurksha.sms.provider", "msg91");
		extra.put("notification:vurksha.sms.msg91.base-url", sms.baseUrl());
		// LOCAL-ONLY values for the stand-in provider on loopback
		extra.put("notification:vurksha.sms.msg91.auth-key", "drill-local-only");
		extra.put("notification:vurksha.notification.sms.template-id", "drill-local-only");
		// the load's customers sign in once; their tokens must outlive the run
		extra.put("user:vurksha.auth.access-token-ttl", "3h");
		services = new DrillServices(repo, dir, java, topology, extra);
		AtomicBoolean loadOn = new AtomicBoolean(true);
		List<Thread> load = new ArrayList<>();
		try {
			progress("starting two instances of each service and of the gateway");
			long starting = System.nanoTime();
			services.startAll();
			String startup = String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - starting) / 1e9);
			checks = new DrillChecks(topology.jdbcBase());
			progress("base backup for the restore drill");
			String baseBackup = topology.restore("base-backup");
			Api setup = new Api(services.ingress(), LatencyRecorder.unbounded());
			Catalogue catalogue = Catalogue.read(setup, PRODUCTS_BOUGHT);
			String operator = Customer.signIn(setup, OPERATOR);
			if (operator == null || catalogue.productIds().isEmpty()) {
				throw new IllegalStateException("The system answers no catalogue or no operator sign-in");
			}
			Operator desk = new Operator(setup, operator);
			desk.restock(catalogue.variants(), 200_000);
			desk.openBenchWindows();
			customers = Customer.benchCustomers(setup, Math.max(shoppers, 32));
			placed = new PlacedOrders(order -> acknowledgedAt.put(order.orderId(), Instant.now()));
			Api api = new Api(services.ingress(), LatencyRecorder.unbounded().listen(timeline)).honouringRetryAfter(2);
			for (int i = 0; i < shoppers; i++) {
				Shopper shopper = new Shopper(api, customers.get(i % customers.size()), catalogue, placed, true,
						SearchQueries.none());
				Thread thread = new Thread(() -> {
					while (loadOn.get()) {
						try {
							shopper.run();
							// a steady load below what the machine can take, so a break shows against normal
							Thread.sleep(THINK.toMillis());
						}
						catch (RuntimeException ex) {
							// counted by the recorder; the shopper goes on, as a customer retries
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}, "shopper-" + i);
				thread.start();
				load.add(thread);
			}
			progress("warming up under load, then the baseline");
			sleep(WARM_UP);
			Instant baselineFrom = Instant.now();
			sleep(BASELINE);
			normal = Timeline.figures(timeline.between(baselineFrom, Instant.now()));
			Instant restoreTarget = null;
			for (String id : wanted) {
				progress("scenario " + id);
				Scenario scenario;
				try {
					scenario = switch (id.trim()) {
						case "1" -> primaryLost(false);
						case "1b" -> primaryLost(true);
						case "2" -> instancesKilled();
						case "3" -> providersDown();
						case "4" -> redisDown(setup);
						case "5" -> brokerDown();
						case "6" -> poolFilled();
						default -> throw new IllegalArgumentException("No scenario " + id);
					};
				}
				catch (RuntimeException | SQLException ex) {
					scenario = unfinished(ex);
				}
				done.add(scenario);
				if (restoreTarget == null && id.trim().equals("1")) {
					restoreTarget = Instant.now();
				}
			}
			loadOn.set(false);
			for (Thread thread : load) {
				thread.join(30_000);
			}
			progress("settling, then reading what the databases hold");
			sleep(Duration.ofSeconds(15));
			String restore;
			try {
				restore = restoreDrill((restoreTarget != null) ? restoreTarget : Instant.now().minusSeconds(60));
			}
			catch (RuntimeException ex) {
				restore = "The restore did not complete:\n\n```\n" + ex.getMessage() + "\n```\n\n| bar | measured | |\n"
						+ "|---|---|---|\n| the orders up to the target are in the restored cluster | no restored copy "
						+ "| **missed** |\n";
			}
			return report(started, startup, baseBackup, restore);
		}
		finally {
			loadOn.set(false);
			services.close();
			sms.stop();
		}
	}

	/** One scenario: its stretches of time, what was done and seen, and each bar with its verdict. */
	static final class Scenario {

		final String id;

		final String title;

		final String how;

		final Instant start = Instant.now();

		Instant faultAt;

		Instant healedAt;

		Instant end;

		final Map<String, Instant[]> stretches = new LinkedHashMap<>();

		final List<String> notes = new ArrayList<>();

		final List<String> bars = new ArrayList<>();

		Scenario(String id, String title, String how) {
			this.id = id;
			this.title = title;
			this.how = how;
		}

		/** Fills the moments a scenario that stopped early never reached. */
		void endNow() {
			Instant now = Instant.now();
			faultAt = (faultAt == null) ? now : faultAt;
			healedAt = (healedAt == null) ? now : healedAt;
			end = (end == null) ? now : end;
		}

		synchronized void note(String line) {
			notes.add(line);
			progress("  " + line);
		}

		void bar(String bar, boolean met, String measured) {
			bars.add("| " + bar + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
		}
	}

	/**
	 * Scenarios 1 and 1b: the Patroni leader lost, by {@code kill -9} of its node or by cutting it off the network;
	 * then it comes back (restarted, or healed) and must rejoin as a replica.
	 */
	private Scenario primaryLost(boolean isolated) throws Exception {
		Scenario s = begin(isolated
				? new Scenario("1b", "PostgreSQL primary cut off the network",
						"nft in the leader's network namespace drops everything in and out")
				: new Scenario("1", "PostgreSQL primary killed", "`kill -9` of the Patroni leader's node (Patroni and "
						+ "PostgreSQL both: a node lost, not a restart in place)"));
		sleep(CALM);
		String leader = leaderName();
		s.faultAt = Instant.now();
		s.note(topology.fault(isolated ? "pg-isolate-primary" : "pg-kill-primary"));
		Instant promoted = awaitChange(this::leaderName, leader, Duration.ofSeconds(90));
		s.note("new leader " + leaderName() + " after " + seconds(s.faultAt, promoted));
		sleep(Duration.ofSeconds(15));
		s.note(isolated ? topology.fault("pg-heal") : topology.fault("pg-restart-node", leader));
		s.note(topology.fault("pg-wait-healthy", "180"));
		s.healedAt = Instant.now();
		s.note("the old leader " + leader + " is " + (leader.equals(leaderName()) ? "the leader again" : "a replica")
				+ " once back");
		sleep(CALM);
		s.end = Instant.now();
		databaseBars(s, promoted);
		return s;
	}

	private Scenario begin(Scenario scenario) {
		current = scenario;
		return scenario;
	}

	/**
	 * The scenario running when the drill failed, said so in the report; what it broke is undone as far as the fault
	 * script can (every undo is harmless where nothing is broken) so the next scenarios start whole.
	 */
	private Scenario unfinished(Exception failure) {
		Scenario s = (current != null) ? current : new Scenario("?", "unknown", "-");
		s.endNow();
		s.note("the drill could not finish this scenario: " + failure);
		s.bar("the scenario ran to its end", false, String.valueOf(failure.getMessage()));
		for (String[] undo : new String[][] { { "pg-heal" }, { "pg-wait-healthy", "180" }, { "redis-thaw" },
				{ "redis-start-all" }, { "rabbit-start-all" } }) {
			try {
				s.note(topology.fault(undo[0], Arrays.copyOfRange(undo, 1, undo.length)));
			}
			catch (RuntimeException ex) {
				s.note(undo[0] + ": " + ex.getMessage());
			}
		}
		return s;
	}

	/** The database scenarios' bars: writes fail only within the failover window, reads answer, nothing lost. */
	private void databaseBars(Scenario s, Instant promoted) throws SQLException {
		List<Timeline.Call> during = timeline.between(s.faultAt, s.healedAt);
		List<Timeline.Call> writeErrors = during.stream().filter(call -> call.error() && !call.name().startsWith("GET "))
			.toList();
		Instant lastWriteError = writeErrors.stream().map(call -> call.start().plusMillis(call.millis()))
			.max(Instant::compareTo).orElse(s.faultAt);
		Duration writeWindow = Duration.between(s.faultAt, lastWriteError);
		long readErrors = during.stream().filter(call -> call.error() && call.name().startsWith("GET ")).count();
		s.bar("write errors only within the failover window (<= 10 s)", writeWindow.toMillis() <= 10_000,
				writeErrors.size() + " failed writes, the last ending " + seconds(s.faultAt, lastWriteError)
						+ " after the kill; leader changed after " + seconds(s.faultAt, promoted));
		s.bar("reads keep answering", readErrors == 0, readErrors + " failed reads");
		ordersBar(s);
	}

	private Scenario instancesKilled() throws Exception {
		Scenario s = begin(new Scenario("2", "One instance of each service killed in turn",
				"`kill -9` of instance 1 of each service and of the gateway, one every " + KILL_EVERY.toSeconds()
						+ " s, each started again 5 s after its kill (a JVM takes a minute or more to start on this "
						+ "loaded machine, so restarts overlap; never both instances of one service are down)"));
		sleep(CALM);
		s.faultAt = Instant.now();
		List<String> names = new ArrayList<>(DrillServices.SERVICES.keySet());
		names.add(DrillServices.GATEWAY);
		Map<String, Thread> restarts = new LinkedHashMap<>();
		for (String name : names) {
			Instant killed = Instant.now();
			long pid = services.kill(name, 1);
			sleep(Duration.ofSeconds(5));
			services.start(name, 1);
			Thread awaiting = new Thread(() -> {
				try {
					services.awaitReady(name, 1);
					Instant ready = Instant.now();
					synchronized (s) {
						s.stretches.put(name + " instance 1 down", new Instant[] { killed, ready });
					}
					s.note(name + " instance 1 (pid " + pid + ") killed, started again and ready after "
							+ seconds(killed, ready));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (IllegalStateException ex) {
					s.note(name + " instance 1 did not come back: " + ex.getMessage());
				}
			}, "restart-" + name);
			awaiting.start();
			restarts.put(name, awaiting);
			sleep(KILL_EVERY.minusSeconds(5));
		}
		for (Thread awaiting : restarts.values()) {
			awaiting.join();
		}
		s.healedAt = Instant.now();
		sleep(CALM);
		s.end = Instant.now();
		Timeline.Figures during = Timeline.figures(timeline.between(s.faultAt, s.end));
		s.bar("0 failed client requests for idempotent calls", during.idempotentErrors() == 0,
				during.idempotentErrors() + " failed idempotent calls of " + during.calls());
		s.bar("checkout errors only as retryable 503s", during.checkoutErrors() == 0,
				during.checkoutErrors() + " POST /orders failures that were not 503 + Retry-After; " + during.checkoutShed()
						+ " shed");
		ordersBar(s);
		return s;
	}

	private Scenario providersDown() throws Exception {
		Scenario s = begin(new Scenario("3", "SMS provider down, then hanging",
				"the SMS provider (a stand-in on loopback) answers 500 for 60 s, then holds every request for 60 s"));
		sleep(CALM);
		s.faultAt = Instant.now();
		sms.resetAll();
		sms.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(aResponse().withStatus(500)));
		sleep(Duration.ofSeconds(60));
		Instant hanging = Instant.now();
		sms.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(aResponse().withStatus(200)
			.withFixedDelay(60_000).withBody("{\"type\":\"success\"}")));
		sleep(Duration.ofSeconds(60));
		sms.stubFor(post(urlPathEqualTo("/api/v5/flow")).willReturn(okJson("{\"type\":\"success\",\"message\":\"ok\"}")));
		s.healedAt = Instant.now();
		s.stretches.put("answering 500", new Instant[] { s.faultAt, hanging });
		s.stretches.put("hanging", new Instant[] { hanging, s.healedAt });
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		DrillChecks.Messages messages = checks.smsMessages(s.faultAt, s.healedAt);
		while (messages.count("PENDING") > 0 && Instant.now().isBefore(deadline)) {
			sleep(Duration.ofSeconds(5));
			messages = checks.smsMessages(s.faultAt, s.healedAt);
		}
		s.end = Instant.now();
		long twice = sentTwice();
		s.note("SMS of orders placed during the outage: " + messages.byStatus() + ", " + messages.attempts()
				+ " attempts; the last sent " + (messages.lastSent() == null ? "-" : seconds(s.healedAt, messages.lastSent()))
				+ " after the provider came back");
		Timeline.Figures during = Timeline.figures(timeline.between(s.faultAt, s.healedAt));
		s.bar("0 order failures", during.checkoutErrors() == 0, during.checkoutErrors() + " failed POST /orders of "
				+ during.checkoutCalls());
		s.bar("every notification sent once the provider is back",
				messages.count("PENDING") == 0 && messages.count("DEAD") == 0,
				messages.count("SENT") + " sent, " + messages.count("PENDING") + " pending, " + messages.count("DEAD") + " dead");
		s.bar("none sent twice", twice == 0, twice + " messages the provider accepted more than once");
		ordersBar(s);
		return s;
	}

	/**
	 * Messages the provider answered 200 more than once. A request the provider held past the sender's timeout may
	 * still have been delivered; those count too, because the customer would have had it twice.
	 */
	private long sentTwice() {
		Map<String, Integer> accepted = new HashMap<>();
		for (ServeEvent event : sms.getAllServeEvents()) {
			if (event.getResponse().getStatus() == 200) {
				accepted.merge(event.getRequest().getBodyAsString(), 1, Integer::sum);
			}
		}
		return accepted.values().stream().filter(count -> count > 1).count();
	}

	private Scenario redisDown(Api setup) throws Exception {
		Scenario s = begin(new Scenario("4", "Redis primary lost, then all of Redis, then Redis frozen",
				"`kill -9` of the Redis primary (Sentinel promotes the replica); later both data nodes stopped for 60 s; "
						+ "later both frozen with `kill -STOP` for 30 s (a hung server, not a refused connection)"));
		String canary = Customer.signIn(setup, CANARY);
		Catalogue catalogue = Catalogue.read(setup, 1);
		String variant = catalogue.variants().get(0).id();
		Api.Answer put = setup.put("canary", "/api/v1/cart/items/" + variant, canary, "{\"quantity\":2}");
		s.note("canary cart written: " + put.status());
		sleep(CALM);
		String primary = field(topology.fault("redis-primary"), "address");
		s.faultAt = Instant.now();
		s.note(topology.fault("redis-stop-primary"));
		Instant promoted = awaitChange(() -> field(topology.fault("redis-primary"), "address"), primary,
				Duration.ofSeconds(60));
		s.note("Sentinel named a new primary after " + seconds(s.faultAt, promoted));
		// the cart answers a retryable 503 until its Redis breaker's wait is over; the question is what it holds then
		Api.Answer cart = setup.get("canary", "/api/v1/cart", canary);
		Instant asking = Instant.now().plusSeconds(30);
		while (!cart.ok() && Instant.now().isBefore(asking)) {
			sleep(Duration.ofSeconds(1));
			cart = setup.get("canary", "/api/v1/cart", canary);
		}
		boolean survived = cart.ok() && cart.body().toString().contains(variant);
		s.note("canary cart after the failover: " + cart.status() + (survived ? ", line present" : ", line missing"));
		sleep(Duration.ofSeconds(10));
		s.note(topology.fault("redis-start-node", portOf(primary)));
		Instant primaryBack = Instant.now();
		s.stretches.put("primary lost", new Instant[] { s.faultAt, primaryBack });
		sleep(CALM);
		Instant allDown = Instant.now();
		s.note(topology.fault("redis-stop-all"));
		sleep(Duration.ofSeconds(60));
		s.note(topology.fault("redis-start-all"));
		Instant allBack = Instant.now();
		s.stretches.put("all of Redis down", new Instant[] { allDown, allBack });
		sleep(CALM);
		Instant frozen = Instant.now();
		s.note(topology.fault("redis-freeze"));
		sleep(Duration.ofSeconds(30));
		s.note(topology.fault("redis-thaw"));
		s.healedAt = Instant.now();
		s.stretches.put("frozen", new Instant[] { frozen, s.healedAt });
		sleep(CALM);
		s.end = Instant.now();
		for (Map.Entry<String, Instant[]> stretch : s.stretches.entrySet()) {
			List<Timeline.Call> calls = timeline.between(stretch.getValue()[0], stretch.getValue()[1]);
			List<Timeline.Call> shop = calls.stream().filter(call -> !call.name().contains("/cart")).toList();
			Timeline.Figures figures = Timeline.figures(shop);
			Timeline.Figures carts = Timeline.figures(calls.stream().filter(call -> call.name().contains("/cart")).toList());
			s.bar(stretch.getKey() + ": catalogue and checkout keep answering (0 5xx)", figures.errors() == 0,
					figures.errors() + " failures of " + figures.calls() + " " + figures.failures() + "; cart calls: "
							+ carts.errors() + " failures, " + carts.shed() + " shed of " + carts.calls());
			s.bar(stretch.getKey() + ": p99 within 2x of normal", figures.p99Ms() <= 2 * normal.p99Ms(),
					String.format(Locale.ROOT, "p99 %.0f ms vs %.0f ms normal", figures.p99Ms(), normal.p99Ms()));
		}
		s.bar("carts survive a primary loss", survived, "canary cart " + (survived ? "read back" : "lost")
				+ " after the failover");
		ordersBar(s);
		return s;
	}

	private static String portOf(String address) {
		return address.substring(address.lastIndexOf(':') + 1);
	}

	private Scenario brokerDown() throws Exception {
		Scenario s = begin(new Scenario("5", "RabbitMQ cluster stopped, then a queue leader killed",
				"all three nodes stopped for 60 s; later `kill -9` of the node leading the notification service's queue"));
		sleep(CALM);
		s.faultAt = Instant.now();
		s.note(topology.fault("rabbit-stop-all"));
		sleep(Duration.ofSeconds(60));
		// the broker is back when its nodes are started, each taking connections as soon as it is up, before the
		// cluster is whole again: the delivery time counts from the start command
		Instant back = Instant.now();
		s.note(topology.fault("rabbit-start-all"));
		s.stretches.put("cluster stopped", new Instant[] { s.faultAt, back });
		sleep(Duration.ofSeconds(30));
		DrillChecks.Events outage = checks.orderEvents(s.faultAt, back);
		s.note("order confirmations written while the broker was away: " + outage.written() + ", published "
				+ outage.published() + ", consumed " + outage.consumed() + ", the last consumed "
				+ (outage.lastConsumed() == null ? "-" : seconds(back, outage.lastConsumed())) + " after the nodes were started");
		String leader = field(topology.fault("rabbit-leader", "notification-events"), "leader");
		Instant killed = Instant.now();
		s.note(topology.fault("rabbit-kill-node", leader));
		sleep(Duration.ofSeconds(30));
		s.note(topology.fault("rabbit-start-node", leader));
		s.healedAt = Instant.now();
		s.stretches.put("queue leader killed", new Instant[] { killed, s.healedAt });
		sleep(CALM);
		s.end = Instant.now();
		sleep(Duration.ofSeconds(10));
		DrillChecks.Events all = checks.orderEvents(s.faultAt, s.end);
		boolean quick = outage.lastConsumed() == null || !outage.lastConsumed().isAfter(back.plusSeconds(10));
		s.bar("0 events lost", all.consumed() == all.written(), all.written() + " confirmations written, "
				+ all.published() + " published, " + all.consumed() + " consumed by the notification service");
		s.bar("everything delivered <= 10 s after the broker returns", quick && outage.consumed() == outage.written(),
				outage.consumed() + " of " + outage.written() + " outage events consumed, the last "
						+ (outage.lastConsumed() == null ? "-" : seconds(back, outage.lastConsumed()))
						+ " after the nodes were started");
		s.bar("no duplicates applied", all.duplicatesApplied() == 0, all.duplicatesApplied()
				+ " customers notified twice of one event");
		ordersBar(s);
		return s;
	}

	private Scenario poolFilled() throws Exception {
		Scenario s = begin(new Scenario("6", "The order service's connection pool filled by a slow query",
				"a session holds an exclusive lock on `customer_order` for 30 s, so every order query is slow, and "
						+ READERS + " customers read their orders meanwhile (the shoppers alone never hold all "
						+ "2 x 10 pooled connections at once)"));
		sleep(CALM);
		s.faultAt = Instant.now();
		AtomicBoolean reading = new AtomicBoolean(true);
		Thread blocker = new Thread(() -> {
			try (var db = checks.connect("vurksha_order"); var statement = db.createStatement()) {
				db.setAutoCommit(false);
				statement.execute("lock table customer_order in access exclusive mode");
				statement.execute("select pg_sleep(30)");
				db.commit();
			}
			catch (SQLException ex) {
				progress("  the blocking session failed: " + ex.getMessage());
			}
			finally {
				reading.set(false);
			}
		}, "order-table-lock");
		blocker.start();
		Api readersApi = new Api(services.ingress(), LatencyRecorder.unbounded().listen(timeline));
		List<Thread> readers = new ArrayList<>();
		for (int i = 0; i < READERS; i++) {
			Customer reader = customers.get(i % customers.size());
			Thread thread = new Thread(() -> {
				while (reading.get()) {
					readersApi.get("GET /orders", "/api/v1/orders?limit=5", reader.token());
				}
			}, "order-reader-" + i);
			thread.start();
			readers.add(thread);
		}
		blocker.join(60_000);
		for (Thread reader : readers) {
			reader.join(20_000);
		}
		s.healedAt = Instant.now();
		sleep(CALM);
		s.end = Instant.now();
		List<Timeline.Call> during = timeline.between(s.faultAt, s.healedAt);
		Timeline.Figures others = Timeline.figures(during.stream().filter(call -> !call.name().contains("/orders")).toList());
		Timeline.Figures orders = Timeline.figures(during.stream().filter(call -> call.name().contains("/orders")).toList());
		s.bar("other services unaffected", others.errors() == 0 && others.p99Ms() <= 2 * normal.p99Ms(),
				String.format(Locale.ROOT, "%d failures of %d other calls, p99 %.0f ms (normal %.0f ms)", others.errors(),
						others.calls(), others.p99Ms(), normal.p99Ms()));
		s.bar("the order service sheds with 503 + Retry-After", orders.errors() == 0 && orders.shed() > 0,
				orders.calls() + " order calls: " + orders.shed() + " shed, " + orders.errors() + " failed otherwise "
						+ orders.failures() + String.format(Locale.ROOT, ", p99 %.0f ms", orders.p99Ms()));
		ordersBar(s);
		return s;
	}

	/** Every order a client got a 201 for in the scenario exists, with its stock and slot consistent. */
	private void ordersBar(Scenario s) throws SQLException {
		List<String> acknowledged = placed.all().stream()
			.filter(order -> !order.placedAt().isBefore(s.start) && order.placedAt().isBefore(s.end))
			.map(PlacedOrders.Placed::orderId)
			.toList();
		DrillChecks.Orders found = checks.orders(acknowledged);
		Timeline.Figures all = Timeline.figures(timeline.between(s.start, s.end));
		int inDatabase = checks.ordersPlaced(s.start, s.end);
		s.bar("0 acknowledged orders lost (found afterwards, stock and slot consistent)",
				found.found() == found.acknowledged() && found.consistent() == found.acknowledged(),
				all.checkoutCalls() + " POST /orders calls, " + found.acknowledged() + " acknowledged, " + found.found()
						+ " found, " + found.consistent() + " consistent " + found.statuses() + "; " + inDatabase
						+ " orders in the database for the stretch"
						+ (found.problems().isEmpty() ? "" : "; " + found.problems()));
	}

	private String restoreDrill(Instant target) throws Exception {
		progress("restore drill to " + target);
		Path sql = dir.resolve("restore-check.sql");
		Path out = dir.resolve("restore-check.out");
		Files.writeString(sql, "-- database: vurksha_order\nselect id from customer_order;\n");
		String restore = topology.restore("run", target.toString(), sql.toString(), out.toString());
		Set<String> restored = Files.exists(out) ? new java.util.HashSet<>(Files.readAllLines(out)) : Set.of();
		List<String> before = acknowledgedAt.entrySet().stream().filter(e -> e.getValue().isBefore(target))
			.map(Map.Entry::getKey).toList();
		long missing = before.stream().filter(id -> !restored.contains(id)).count();
		int live = checks.ordersPlaced(Instant.EPOCH, target);
		restoreMet = missing == 0 && !before.isEmpty();
		return "Target " + target + " (the end of scenario 1, after the first fail-over: the restore follows the timeline "
				+ "change; or a minute before the load stopped).\n\n```\n"
				+ restore + "\n```\n\nOrders acknowledged to clients before the target: " + before.size() + "; in the "
				+ "restored copy: " + (before.size() - missing) + " (" + missing + " missing). The restored copy holds "
				+ restored.size() + " orders in all; the live cluster has " + live + " with `placed_at` before the target "
				+ "(an order is placed when its transaction starts and is restored when it committed, so orders in "
				+ "flight at the target differ).\n\n| bar | measured | |\n|---|---|---|\n| the orders up to the target "
				+ "are in the restored cluster | " + (before.size() - missing) + " of " + before.size() + " | "
				+ (restoreMet ? "met" : "**missed**") + " |\n";
	}

	private String report(Instant started, String startup, String baseBackup, String restore) {
		StringBuilder md = new StringBuilder();
		md.append("# Failure drills ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
		md.append("Run from ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" to ")
			.append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores (`make drills`). ")
			.append("Topology: PostgreSQL 15 x3 under Patroni with etcd x3, synchronous mode, HAProxy and PgBouncer "
					+ "(session pooling); RabbitMQ x3 with quorum queues; Redis primary + replica + 3 Sentinels; two "
					+ "instances of user, product, cart, order, payment, delivery and notification services and of the "
					+ "gateway, each its own JVM (C1 only, 256 MB heap: sixteen JVMs on two cores), behind HAProxy as "
					+ "the Kubernetes Services and ingress. The services started in ")
			.append(startup).append(". Load: ").append(shoppers)
			.append(" bench customers, each journey (browse, cart, slot, cash-on-delivery order with an idempotency "
					+ "key; a shed call sent again after its Retry-After, at most twice) followed by a ")
			.append(THINK.toMillis()).append(" ms pause.\n\n");
		md.append(String.format(Locale.ROOT, "Normal under this load (%d s before the first scenario): p50 %.0f ms, "
				+ "p99 %.0f ms over %d calls, %d failures.%n%n", BASELINE.toSeconds(), normal.p50Ms(), normal.p99Ms(),
				normal.calls(), normal.errors()));
		for (Scenario s : done) {
			md.append("## ").append(s.id).append(". ").append(s.title).append("\n\n");
			md.append("Broken: ").append(s.how).append(".\n\n");
			Timeline.Figures before = Timeline.figures(timeline.between(s.start, s.faultAt));
			Timeline.Figures during = Timeline.figures(timeline.between(s.faultAt, s.healedAt));
			Timeline.Figures after = Timeline.figures(timeline.between(s.healedAt, s.end));
			md.append("| | calls | failures | shed | p50 | p99 |\n|---|---|---|---|---|---|\n");
			row(md, "before", before);
			row(md, "during (" + seconds(s.faultAt, s.healedAt) + ")", during);
			s.stretches.forEach((name, span) -> row(md, "&nbsp;&nbsp;" + name + " (" + seconds(span[0], span[1]) + ")",
					Timeline.figures(timeline.between(span[0], span[1]))));
			row(md, "after", after);
			md.append('\n');
			md.append("Client-visible failures during: ").append(during.failures().isEmpty() ? "none" : during.failures())
				.append("; error window ").append(during.errorWindow().toMillis() / 1000.0).append(" s");
			Instant recovered = (during.lastError() != null && during.lastError().isAfter(s.healedAt)) ? during.lastError()
					: s.healedAt;
			md.append("; full recovery ").append(seconds(s.faultAt, recovered)).append(" after the break.\n\n");
			try {
				DrillChecks.Events events = checks.orderEvents(s.start, s.end);
				md.append("Order confirmations in the scenario: ").append(events.written()).append(" written, ")
					.append(events.published()).append(" published, ").append(events.consumed())
					.append(" consumed by the notification service, ").append(events.duplicatesApplied())
					.append(" applied twice.\n\n");
			}
			catch (SQLException ex) {
				md.append("Events: could not be read (").append(ex.getMessage()).append(").\n\n");
			}
			s.notes.forEach(note -> md.append("- ").append(note.replace("\n", "; ")).append('\n'));
			md.append("\n| bar | measured | |\n|---|---|---|\n");
			s.bars.forEach(bar -> md.append(bar).append('\n'));
			md.append('\n');
		}
		md.append("## Restore drill\n\n").append("Base backup: ").append(baseBackup.replace("\n", "; ")).append("\n\n")
			.append(restore).append("\n");
		return md.toString();
	}

	private static void row(StringBuilder md, String name, Timeline.Figures f) {
		md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f ms | %.0f ms |%n", name, f.calls(), f.errors(),
				f.shed(), f.p50Ms(), f.p99Ms()));
	}

	/** The Patroni leader that answers as primary, or "" while the one etcd names does not (just killed, say). */
	private String leaderName() {
		String leader = topology.fault("pg-leader");
		return "yes".equals(field(leader, "answers_as_primary")) ? field(leader, "name") : "";
	}

	/** The value of {@code key=value} in a line the fault script printed; "" when absent. */
	static String field(String line, String key) {
		for (String part : line.trim().split("\\s+")) {
			if (part.startsWith(key + "=")) {
				return part.substring(key.length() + 1);
			}
		}
		return "";
	}

	/** Waits until {@code current} answers something other than {@code before}; answers when it did. */
	private static Instant awaitChange(java.util.function.Supplier<String> current, String before, Duration bound)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(bound);
		while (Instant.now().isBefore(deadline)) {
			try {
				String now = current.get();
				if (!now.isBlank() && !now.equals(before)) {
					return Instant.now();
				}
			}
			catch (IllegalStateException ex) {
				// no leader yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("Still " + before + " after " + bound.toSeconds() + " s");
	}

	private static String seconds(Instant from, Instant until) {
		return String.format(Locale.ROOT, "%.1f s", Duration.between(from, until).toMillis() / 1000.0);
	}

	private static void sleep(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}
}
