package com.vurksha.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSystemTests {

	@Test
	void refusesToStartWhenAPortIsTakenAndSaysWhichOne(@TempDir Path dataDir) throws Exception {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress("0.0.0.0", 0));
			int port = busy.getLocalPort();
			LocalSettings settings = LocalSettings.from(Map.of("data-dir", dataDir.toString(), "gateway-port",
					String.valueOf(port), "postgres-port", "0", "redis-port", "0", "amqp-port", "0", "user-port", "0",
					"product-port", "0"));

			assertThatIllegalStateException()
				.isThrownBy(() -> LocalSystem.start(settings, new PrintStream(new ByteArrayOutputStream())))
				.withMessageContaining("port " + port + " (gateway)");
		}
		try (var files = Files.list(dataDir)) {
			assertThat(files).as("nothing started, nothing written").isEmpty();
		}
	}

	@Test
	void refusesToStartWhenTheStoragePortIsTakenAndTheFileServiceRuns(@TempDir Path dataDir) throws Exception {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress("0.0.0.0", 0));
			int port = busy.getLocalPort();
			LocalSettings settings = LocalSettings.from(Map.of("data-dir", dataDir.toString(), "storage-port",
					String.valueOf(port), "postgres-port", "0", "redis-port", "0", "amqp-port", "0", "file-port", "0",
					"services", "file", "gateway", "false"));

			assertThatIllegalStateException()
				.isThrownBy(() -> LocalSystem.start(settings, new PrintStream(new ByteArrayOutputStream())))
				.withMessageContaining("port " + port + " (S3 storage)");
		}
	}

	@Test
	void givesTheFileServiceTheEmbeddedStorageAndTheGatewaysCdnAddress() {
		LocalSettings settings = LocalSettings.from(Map.of("storage-port", "9100", "gateway-port", "9090"));

		assertThat(LocalSystem.storageProperties(settings))
			.containsEntry("vurksha.files.storage.endpoint", "http://127.0.0.1:9100")
			.containsEntry("vurksha.files.storage.public-endpoint", "http://127.0.0.1:9100")
			.containsEntry("vurksha.files.storage.bucket", "vurksha-files")
			.containsEntry("vurksha.files.storage.access-key", "local-only-access-key")
			.containsEntry("vurksha.files.storage.secret-key", "local-only-secret-key")
			.containsEntry("vurksha.files.cdn-base-url", "http://localhost:9090/cdn");
	}

	@Test
	void pointsTheReportsAtTheServicesDatabasesAsReadOnlySessionsOfThePrimary() {
		assertThat(LocalSystem.reportProperties(database -> "jdbc:postgresql://localhost:55432/" + database))
			.containsEntry("vurksha.admin.replicas.sources.order", "jdbc:postgresql://localhost:55432/vurksha_order")
			.containsEntry("vurksha.admin.replicas.sources.notification",
					"jdbc:postgresql://localhost:55432/vurksha_notification")
			.containsEntry("vurksha.admin.replicas.require-standby", "false")
			.hasSize(7);
	}
}
