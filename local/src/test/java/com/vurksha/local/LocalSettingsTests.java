package com.vurksha.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocalSettingsTests {

	@Test
	void defaultsToTheDocumentedPortsAndFolders() {
		LocalSettings settings = LocalSettings.from(Map.of("repo-dir", "/work/repo"));

		assertThat(settings.ports()).isEqualTo(new LocalSettings.Ports(55432, 56379, 55672, 9200, 9000, 8080, 8090,
				Map.of("user", 8081, "product", 8082, "cart", 8083, "order", 8084, "payment", 8085, "delivery", 8086,
						"notification", 8087, "search", 8088, "file", 8089, "admin", 8091)));
		assertThat(settings.dataDir()).isEqualTo(Path.of("/work/repo/.local-data"));
		assertThat(settings.buildDir()).isEqualTo("target");
		assertThat(settings.services()).containsExactly("user", "product", "cart", "order", "payment", "delivery",
				"notification", "search", "file", "admin");
		assertThat(settings.startGateway()).isTrue();
	}

	@Test
	void takesPortsFoldersAndServicesFromSettings() {
		LocalSettings settings = LocalSettings.from(Map.of("repo-dir", "/r", "gateway-port", "9090", "build-dir",
				"target-x", "data-dir", "/tmp/d", "services", " product ", "gateway", "false"));

		assertThat(settings.ports().gateway()).isEqualTo(9090);
		assertThat(LocalSettings.from(Map.of("cart-port", "9183")).ports().of("cart")).isEqualTo(9183);
		assertThat(LocalSettings.from(Map.of("storage-port", "9100")).ports().storage()).isEqualTo(9100);
		assertThat(settings.buildDir()).isEqualTo("target-x");
		assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/d"));
		assertThat(settings.services()).containsExactly("product");
		assertThat(settings.startGateway()).isFalse();
	}

	@Test
	void startsNoServiceWhenToldNone() {
		assertThat(LocalSettings.from(Map.of("services", "none")).services()).isEmpty();
	}

	@Nested
	class Refusals {

		@Test
		void refusesAPortThatIsNotANumber() {
			assertThatIllegalArgumentException().isThrownBy(() -> LocalSettings.from(Map.of("redis-port", "six")))
				.withMessageContaining("vurksha.local.redis-port")
				.withMessageContaining("six");
		}

		@Test
		void refusesAnUnknownService() {
			assertThatIllegalArgumentException().isThrownBy(() -> LocalSettings.from(Map.of("services", "user,warehouse")))
				.withMessageContaining("warehouse");
		}
	}
}
