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
}
