package com.vurksha.embedded.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster inside this JVM, answering HTTP on the loopback interface exactly as a
 * managed cluster would. Its analysis plugin brings the {@code hindi} analyzer, {@code edge_ngram} and synonym
 * filters the search service's index settings use. It runs no bootstrap checks and no security manager, so it is
 * for development machines and tests only.
 */
public final class EmbeddedOpenSearch implements AutoCloseable {

	private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
			CommonAnalysisPlugin.class);

	private final Node node;

	private final Path home;

	private final boolean deleteOnClose;

	private final int httpPort;

	private EmbeddedOpenSearch(Node node, Path home, boolean deleteOnClose) {
		this.node = node;
		this.home = home;
		this.deleteOnClose = deleteOnClose;
		this.httpPort = node.injector()
			.getInstance(HttpServerTransport.class)
			.boundAddress()
			.publishAddress()
			.getPort();
	}

	/**
	 * Starts a node keeping its data in {@code home} between runs, listening for HTTP on {@code httpPort} (0 for
	 * any free port) and for its own transport on any free port.
	 */
	public static EmbeddedOpenSearch start(Path home, int httpPort) {
		return start(home, httpPort, false);
	}

	/** Starts a throw-away node in a fresh temporary folder, on free ports; closing it deletes the folder. */
	public static EmbeddedOpenSearch startTemporary() {
		try {
			return start(Files.createTempDirectory("opensearch-"), 0, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EmbeddedOpenSearch start(Path home, int httpPort, boolean deleteOnClose) {
		Path absolute = home.toAbsolutePath();
		Settings settings = Settings.builder()
			.put("cluster.name", "vurksha-embedded")
			.put("node.name", "embedded")
			.put("path.home", absolute.toString())
			.put("path.data", absolute.resolve("data").toString())
			.put("path.logs", absolute.resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", (httpPort == 0) ? "0" : String.valueOf(httpPort))
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			// a developer's disk is often fuller than a cluster's watermarks allow; indices must not go read-only
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			// one node: every index has its primaries only
			.put("cluster.default_number_of_replicas", 0)
			.put("action.auto_create_index", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
				() -> "embedded");
		Node node = new PluginNode(environment, PLUGINS);
		try {
			node.start();
			return new EmbeddedOpenSearch(node, absolute, deleteOnClose);
		}
		catch (Exception ex) {
			closeQuietly(node);
			throw new IllegalStateException("OpenSearch did not start in " + absolute + ": " + ex.getMessage(), ex);
		}
	}

	/** The port the node answers HTTP on. */
	public int httpPort() {
		return httpPort;
	}

	/** The node's base address, e.g. {@code http://127.0.0.1:9200}. */
	public String url() {
		return "http://127.0.0.1:" + httpPort;
	}

	/** The folder holding the node's data and logs. */
	public Path home() {
		return home;
	}

	@Override
	public void close() {
		closeQuietly(node);
		if (deleteOnClose) {
			deleteTree(home);
		}
	}

	private static void closeQuietly(Node node) {
		try {
			node.close();
		}
		catch (IOException ex) {
			// the node's own resources; nothing else holds them
		}
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

	/** {@link Node}'s constructor that takes plugins from the class path is protected. */
	private static final class PluginNode extends Node {

		PluginNode(Environment environment, List<Class<? extends Plugin>> plugins) {
			super(environment, plugins, true);
		}
	}
}
