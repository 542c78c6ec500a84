package com.vurksha.local.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationClassLoaderTests {

	private static final String HIDDEN = "com/vurksha/local/host/fixture/Hidden.class";

	@TempDir
	Path dir;

	private URLClassLoader host;

	private SharedLibraries shared;

	@BeforeEach
	void sharedLibraries() throws IOException {
		Path sharedDir = Files.createDirectories(dir.resolve("shared"));
		byte[] hidden;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(HIDDEN)) {
			hidden = in.readAllBytes();
		}
		jar(sharedDir.resolve("common.jar"), Map.of("META-INF/spring.factories", "common".getBytes(StandardCharsets.UTF_8)));
		jar(sharedDir.resolve("flyway.jar"), Map.of("META-INF/spring.factories", "flyway".getBytes(StandardCharsets.UTF_8),
				"org/flywaydb/core/Flyway.txt", "flyway".getBytes(StandardCharsets.UTF_8), HIDDEN, hidden));
		// the host's class loader: the shared jars over the JDK, as the host JVM's class path is
		host = new URLClassLoader(new URL[] { sharedDir.resolve("common.jar").toUri().toURL(),
				sharedDir.resolve("flyway.jar").toUri().toURL() }, ClassLoader.getPlatformClassLoader());
		shared = SharedLibraries.in(sharedDir);
	}

	@AfterEach
	void close() throws IOException {
		host.close();
	}

	@Test
	void anApplicationSeesTheSharedLibrariesItShipsAndNoOthers() throws Exception {
		try (ApplicationClassLoader order = application("order", Set.of("common.jar", "flyway.jar"));
				ApplicationClassLoader gateway = application("gateway", Set.of("common.jar"))) {
			assertThat(order.loadClass("com.vurksha.local.host.fixture.Hidden").getClassLoader())
				.as("loaded once, by the host").isSameAs(host);
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> gateway.loadClass("com.vurksha.local.host.fixture.Hidden"));

			assertThat(order.getResource("org/flywaydb/core/Flyway.txt")).isNotNull();
			assertThat(gateway.getResource("org/flywaydb/core/Flyway.txt")).isNull();
			assertThat(contents(order, "META-INF/spring.factories")).containsExactlyInAnyOrder("common", "flyway");
			assertThat(contents(gateway, "META-INF/spring.factories")).containsExactly("common");
			assertThat(gateway.getResource("META-INF/spring.factories")).isNotNull();
		}
	}

	@Test
	void anApplicationLoadsItsOwnClassesAndTheJdksThroughTheHost() throws Exception {
		Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
		Files.writeString(classes.resolve("application.yml"), "own");
		try (ApplicationClassLoader cart = new ApplicationClassLoader("cart",
				new URL[] { dir.resolve("classes").toUri().toURL() }, host, shared, Set.of("common.jar"))) {
			assertThat(cart.getResource("com/example/application.yml")).isNotNull();
			assertThat(cart.loadClass("java.util.List")).isSameAs(java.util.List.class);
			assertThat(ApplicationClassLoader.serviceOf(new URLClassLoader(new URL[0], cart))).isEqualTo("cart");
			assertThat(ApplicationClassLoader.serviceOf(host)).isNull();
		}
	}

	private ApplicationClassLoader application(String name, Set<String> visible) {
		return new ApplicationClassLoader(name, new URL[0], host, shared, visible);
	}

	private static java.util.List<String> contents(ClassLoader loader, String resource) throws IOException {
		java.util.List<String> contents = new java.util.ArrayList<>();
		for (URL url : Collections.list(loader.getResources(resource))) {
			try (InputStream in = url.openStream()) {
				contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return contents;
	}

	private static void jar(Path jar, Map<String, byte[]> entries) throws IOException {
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
	}
}
