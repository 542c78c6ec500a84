package com.vurksha.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vurksha.embedded.search.EmbeddedOpenSearch;
import com.vurksha.embedded.storage.EmbeddedS3;
import com.vurksha.local.demo.DemoPictures;
import com.vurksha.local.infra.LocalBroker;
import com.vurksha.local.infra.LocalPostgres;
import com.vurksha.local.infra.LocalRedis;
import com.vurksha.local.services.HostFolder;
import com.vurksha.local.services.ServiceHostProcess;
import com.vurksha.local.services.ServiceSpec;

/**
 * The whole system on one machine. Starting brings up PostgreSQL, Redis and the AMQP broker, then the services side by
 * side with the gateway, then (for the search service) an OpenSearch node; the file service's S3-compatible server
 * starts beside all of them and is up before any service counts as ready. Closing stops them in the reverse order.
 * Usable from {@code main} and from end-to-end tests alike.
 */
public final class LocalSystem implements AutoCloseable {

	/** The service that needs the search engine. */
	private static final String SEARCH = "search";

	/** The service of operator reports and the console, which reads the other services' databases. */
	static final String ADMIN = "admin";

	/** The service that keeps files in S3-compatible storage. */
	static final String FILE = "file";

	/** The file service's bucket in the embedded storage (its {@code application.yml} default). */
	static final String BUCKET = "vurksha-files";

	private final LocalSettings settings;

	private final PrintStream console;

	private final Deque<AutoCloseable> running = new ArrayDeque<>();

	private boolean closed;

	/** The search service's OpenSearch node, started once the applications are ready; null until then. */
	private volatile CompletableFuture<EmbeddedOpenSearch> searchEngine;

	private LocalSystem(LocalSettings settings, PrintStream console) {
		this.settings = settings;
		this.console = console;
	}

	/** Starts everything; if any part fails, what was already started is stopped again before the failure is thrown. */
	public static LocalSystem start(LocalSettings settings, PrintStream console) throws Exception {
		return start(settings, console, system -> {
		});
	}

	/**
	 * Starts everything as {@link #start(LocalSettings, PrintStream)} does, handing the system to {@code whenCreated}
	 * before anything starts, so that a shutdown hook can stop a start-up that is still going (Ctrl-C while the
	 * services come up stops what already runs instead of leaving it behind).
	 */
	public static LocalSystem start(LocalSettings settings, PrintStream console, Consumer<LocalSystem> whenCreated)
			throws Exception {
		LocalSystem system = new LocalSystem(settings, console);
		whenCreated.accept(system);
		try {
			system.startAll();
			return system;
		}
		catch (Exception | Error ex) {
			system.close();
			throw ex;
		}
	}

	public String gatewayUrl() {
		return "http://localhost:" + settings.ports().gateway();
	}

	private void startAll() throws Exception {
		requireFreePorts();
		Path data = settings.dataDir();
		Path logs = data.resolve("logs");
		console.println("Starting PostgreSQL on " + settings.ports().postgres() + ", Redis on "
				+ settings.ports().redis() + ", AMQP broker on " + settings.ports().amqp()
				+ (settings.services().contains(FILE) ? ", S3 storage on " + settings.ports().storage() : ""));
		// Redis first and alone: a binary being written while another thread forks a process fails with ETXTBSY
		LocalRedis redis = LocalRedis.start(settings.ports().redis());
		CompletableFuture<LocalBroker> broker = CompletableFuture
			.supplyAsync(() -> unchecked(() -> LocalBroker.start(settings.ports().amqp(), data.resolve("broker"))));
		// the file service's storage starts beside the infrastructure and the services, off their critical path
		CompletableFuture<EmbeddedS3> storage = settings.services().contains(FILE)
				? CompletableFuture.supplyAsync(() -> startStorage(data.resolve("s3")))
				: CompletableFuture.completedFuture(null);
		LocalPostgres postgres;
		try {
			postgres = LocalPostgres.start(data.resolve("postgres"), settings.ports().postgres(),
					logs.resolve("postgres.log"));
		}
		catch (IOException | RuntimeException ex) {
			redis.close();
			closeQuietly(broker);
			closeQuietly(storage);
			throw ex;
		}
		// pushed so that closing stops the broker, then the storage, then Redis, then PostgreSQL
		hold(postgres);
		hold(redis);
		// the storage is awaited once the services are starting (see below); held here so that it stops after them
		hold(() -> closeQuietly(storage));
		try {
			hold(join(broker));
		}
		catch (Exception ex) {
			close();
			throw ex;
		}
		// the search engine, once the services are up (see startSearchEngine); held here so that it stops after them
		hold(() -> closeQuietly(searchEngine));
		postgres.ensureDatabases(settings.services().stream().map(name -> "vurksha_" + name).toList());

		List<ServiceSpec> specs = new ArrayList<>();
		for (String name : settings.services()) {
			specs.add(serviceSpec(name, postgres));
		}
		if (settings.startGateway()) {
			specs.add(gatewaySpec());
		}
		if (specs.isEmpty()) {
			return;
		}
		for (ServiceSpec spec : specs) {
			if (!Files.isRegularFile(spec.jar())) {
				throw new IllegalStateException("The " + spec.name() + " jar is missing: " + spec.jar()
						+ ". Build first: ./mvnw -DskipTests package (or make build)");
			}
		}
		// every application's jar, not only those started, so that the unpacked layout does not change with the choice
		Map<String, Path> jars = new LinkedHashMap<>();
		for (String name : LocalSettings.SERVICE_PORTS.keySet()) {
			Path jar = serviceJar(name);
			if (Files.isRegularFile(jar)) {
				jars.put(name, jar);
			}
		}
		Path gatewayJar = gatewayJar();
		if (Files.isRegularFile(gatewayJar)) {
			jars.put("gateway", gatewayJar);
		}
		long unpacking = System.nanoTime();
		HostFolder folder = HostFolder.prepare(settings.repoDir().resolve("local").resolve(settings.buildDir()).resolve("host"),
				jars);
		if (folder.unpacked()) {
			console.println(String.format(Locale.ROOT, "Unpacked the applications' jars for the service host in %.1f s (once per build)",
					(System.nanoTime() - unpacking) / 1e9));
		}
		// every context starts in one JVM; the gateway needs no service to start (routes and token keys are resolved per
		// request), so all start at once
		ServiceHostProcess host = hold(ServiceHostProcess.start(specs, folder, settings.javaBinary(), data, logs, console));
		// up long before the file service's context is; no service counts as ready, and no upload is taken, before it
		join(storage);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (ServiceSpec spec : specs) {
			host.awaitReady(spec, http);
			console.println("  " + spec.name() + ("gateway".equals(spec.name()) ? "" : " service") + " ready");
		}
		if (settings.services().contains(SEARCH)) {
			startSearchEngine(data);
		}
		if (settings.services().containsAll(List.of("user", "product", FILE))) {
			drawDemoPictures(data);
		}
	}

	/**
	 * At the first start, gives every demo product a picture, drawn in code and stored through the file service as an
	 * operator would; in the background, so the system is ready meanwhile (the products show their old URLs until
	 * then), and once the search index is built, so the updates of every product find it holding the stock. Once done, a marker in the data folder keeps later starts from doing it again.
	 */
	private void drawDemoPictures(Path data) {
		// the ports of the services this system runs (the pictures wait for the search index only when there is one)
		Map<String, Integer> running = new LinkedHashMap<>(settings.ports().services());
		running.keySet().retainAll(settings.services());
		DemoPictures pictures = new DemoPictures(running, data);
		if (pictures.done()) {
			return;
		}
		console.println("Drawing a picture for every demo product (in the background, through the file service)");
		long started = System.nanoTime();
		Thread drawing = new Thread(() -> {
			try {
				int made = pictures.run();
				console.println(String.format(Locale.ROOT, "  %d demo product pictures stored in %.1f s", made,
						(System.nanoTime() - started) / 1e9));
			}
			catch (IOException | RuntimeException ex) {
				console.println("  Demo pictures stopped: " + ex.getMessage() + " (the next start draws the rest)");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "demo-pictures");
		drawing.setDaemon(true);
		drawing.start();
	}

	/**
	 * Starts the OpenSearch node the search service uses, after every application is ready: its 3-5 s of start-up CPU
	 * would otherwise compete with the applications' own start on a small machine. Until it answers, the search
	 * service answers searches from the catalogue's database ({@code meta.degraded}) and its index bootstrap tries
	 * again every few seconds; a node that fails to start leaves search degraded and says so, the rest runs on.
	 */
	private void startSearchEngine(Path data) {
		console.println("Starting OpenSearch on " + settings.ports().opensearch()
				+ " (until it is up, searches answer from the catalogue's database)");
		long started = System.nanoTime();
		searchEngine = CompletableFuture
			.supplyAsync(() -> EmbeddedOpenSearch.start(data.resolve("opensearch"), settings.ports().opensearch()));
		searchEngine.whenComplete((node, failure) -> {
			if (failure != null) {
				console.println("  OpenSearch failed to start (" + failure.getMessage() + "); searches answer from the "
						+ "catalogue's database until the next start");
			}
			else {
				console.println(String.format(Locale.ROOT, "  OpenSearch ready on %d after %.1f s; search uses its index",
						settings.ports().opensearch(), (System.nanoTime() - started) / 1e9));
			}
		});
	}

	private EmbeddedS3 startStorage(Path dir) {
		long started = System.nanoTime();
		EmbeddedS3 s3 = EmbeddedS3.start(dir, settings.ports().storage(), BUCKET);
		console.println(String.format(Locale.ROOT, "  S3 storage ready on %d after %.1f s (bucket %s)", s3.port(),
				(System.nanoTime() - started) / 1e9, s3.bucket()));
		return s3;
	}

	private ServiceSpec serviceSpec(String name, LocalPostgres postgres) throws IOException {
		Map<String, String> properties = commonProperties();
		properties.put("server.port", String.valueOf(settings.ports().of(name)));
		properties.put("spring.datasource.url", postgres.jdbcUrl("vurksha_" + name));
		properties.put("spring.datasource.username", LocalPostgres.USER);
		properties.put("spring.datasource.password", "");
		properties.put("spring.rabbitmq.host", "localhost");
		properties.put("spring.rabbitmq.port", String.valueOf(settings.ports().amqp()));
		properties.put("spring.rabbitmq.username", "guest");
		properties.put("spring.rabbitmq.password", "guest");
		properties.put("spring.rabbitmq.virtual-host", LocalBroker.VIRTUAL_HOST);
		if (SEARCH.equals(name)) {
			properties.put("vurksha.search.opensearch.urls", "http://127.0.0.1:" + settings.ports().opensearch());
			// the node starts after the services (startSearchEngine): look for it often
			properties.put("vurksha.search.rebuild.retry-every", "2s");
		}
		if (FILE.equals(name)) {
			properties.putAll(storageProperties(settings));
		}
		if (ADMIN.equals(name)) {
			properties.putAll(reportProperties(postgres::jdbcUrl));
		}
		return new ServiceSpec(name, serviceJar(name), settings.ports().of(name), properties);
	}

	/** Where the file service finds the embedded storage, and the address its public images are loaded from. */
	static Map<String, String> storageProperties(LocalSettings settings) {
		String storage = "http://127.0.0.1:" + settings.ports().storage();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("vurksha.files.storage.endpoint", storage);
		// the app runs on the same machine and uploads to the same loopback address
		properties.put("vurksha.files.storage.public-endpoint", storage);
		properties.put("vurksha.files.storage.path-style", "true");
		properties.put("vurksha.files.storage.bucket", BUCKET);
		properties.put("vurksha.files.storage.access-key", EmbeddedS3.ACCESS_KEY);
		properties.put("vurksha.files.storage.secret-key", EmbeddedS3.SECRET_KEY);
		// public variants are served through the gateway's /cdn/**
		properties.put("vurksha.files.cdn-base-url", "http://localhost:" + settings.ports().gateway() + "/cdn");
		return properties;
	}

	/**
	 * Where the admin service's reports read: the embedded PostgreSQL has no standby, so they read the services'
	 * databases on it as read-only sessions (the local profile allows a primary; production never does).
	 */
	static Map<String, String> reportProperties(Function<String, String> jdbcUrls) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String source : List.of("order", "payment", "delivery", "product", "notification")) {
			properties.put("vurksha.admin.replicas.sources." + source, jdbcUrls.apply("vurksha_" + source));
		}
		properties.put("vurksha.admin.replicas.username", LocalPostgres.USER);
		properties.put("vurksha.admin.replicas.require-standby", "false");
		return properties;
	}

	private ServiceSpec gatewaySpec() throws IOException {
		Map<String, String> properties = commonProperties();
		properties.put("server.port", String.valueOf(settings.ports().gateway()));
		properties.put("management.server.port", String.valueOf(settings.ports().gatewayManagement()));
		LocalSettings.SERVICE_PORTS.keySet()
			.forEach(name -> properties.put("vurksha.routes." + name + ".uri",
					"http://localhost:" + settings.ports().of(name)));
		return new ServiceSpec("gateway", gatewayJar(), settings.ports().gateway(), properties);
	}

	private Map<String, String> commonProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "local");
		properties.put("spring.data.redis.host", "localhost");
		properties.put("spring.data.redis.port", String.valueOf(settings.ports().redis()));
		properties.put("vurksha.security.jwks-uri",
				"http://localhost:" + settings.ports().user() + "/.well-known/jwks.json");
		properties.put("vurksha.local.data-dir", settings.dataDir().toString());
		// where each service finds the others (USER_SERVICE_URL, PRODUCT_SERVICE_URL, ... in their application.yml)
		LocalSettings.SERVICE_PORTS.keySet()
			.forEach(name -> properties.put(name.toUpperCase(Locale.ROOT) + "_SERVICE_URL",
					"http://localhost:" + settings.ports().of(name)));
		return properties;
	}

	private Path serviceJar(String name) throws IOException {
		String module = name + "-service";
		return jar(settings.repoDir().resolve("services").resolve(module), module);
	}

	private Path gatewayJar() throws IOException {
		return jar(settings.repoDir().resolve("gateway"), "gateway");
	}

	/** The module's runnable jar, whatever version the build gave it. */
	private Path jar(Path moduleDir, String artifact) throws IOException {
		Path buildDir = moduleDir.resolve(settings.buildDir());
		if (Files.isDirectory(buildDir)) {
			try (DirectoryStream<Path> jars = Files.newDirectoryStream(buildDir, artifact + "-*-exec.jar")) {
				for (Path jar : jars) {
					return jar;
				}
			}
		}
		return buildDir.resolve(artifact + "-exec.jar");
	}

	private void requireFreePorts() {
		Map<String, Integer> wanted = new LinkedHashMap<>();
		wanted.put("PostgreSQL", settings.ports().postgres());
		wanted.put("Redis", settings.ports().redis());
		wanted.put("AMQP broker", settings.ports().amqp());
		if (settings.services().contains(SEARCH)) {
			wanted.put("OpenSearch", settings.ports().opensearch());
		}
		if (settings.services().contains(FILE)) {
			wanted.put("S3 storage", settings.ports().storage());
		}
		settings.services().forEach(name -> wanted.put(name + " service", settings.ports().of(name)));
		if (settings.startGateway()) {
			wanted.put("gateway", settings.ports().gateway());
			wanted.put("gateway management", settings.ports().gatewayManagement());
		}
		List<String> taken = new ArrayList<>();
		wanted.forEach((what, port) -> {
			if (!isFree(port)) {
				taken.add("port " + port + " (" + what + ")");
			}
		});
		if (!taken.isEmpty()) {
			throw new IllegalStateException("Already in use: " + String.join(", ", taken)
					+ ". Is another local run still going? Stop it, or choose other ports with -Dvurksha.local.<name>-port=");
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("0.0.0.0", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Stops the services first (they still need the infrastructure while they drain), then the infrastructure. */
	@Override
	public synchronized void close() {
		closed = true;
		while (!running.isEmpty()) {
			AutoCloseable next = running.pop();
			try {
				next.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Exception ex) {
				console.println("Could not stop " + next.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
	}

	/** Keeps what was started for {@link #close()}; once closing has begun, stops it at once and ends the start-up. */
	private synchronized <T extends AutoCloseable> T hold(T started) throws Exception {
		if (closed) {
			started.close();
			throw new IllegalStateException("Stopped while starting");
		}
		running.push(started);
		return started;
	}

	private static void closeQuietly(CompletableFuture<? extends AutoCloseable> started) {
		if (started == null) {
			return;
		}
		try {
			AutoCloseable closeable = join(started);
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// it failed to start as well; the first failure is the one to report
		}
	}

	private static <T> T join(CompletableFuture<T> future) throws Exception {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	private static <T> T unchecked(ThrowingSupplier<T> supplier) {
		try {
			return supplier.get();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CompletionException(ex);
		}
	}

	@FunctionalInterface
	private interface ThrowingSupplier<T> {

		T get() throws Exception;
	}
}
