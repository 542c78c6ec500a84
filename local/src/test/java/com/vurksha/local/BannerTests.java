package com.vurksha.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BannerTests {

	@Test
	void listsEveryServiceWithItsPortAndWhereNotificationsGo() {
		String banner = Banner.text(LocalSettings.from(Map.of("data-dir", "/tmp/vk")), Duration.ofMillis(12_300));

		assertThat(banner).contains("ready in 12.3 s")
			.contains("delivery service     http://localhost:8086")
			.contains("notification service http://localhost:8087")
			.contains("http://localhost:8080/api/v1/notifications")
			.contains("/tmp/vk/logs/notification.log")
			.contains("file service         http://localhost:8089")
			.contains("S3 storage           http://127.0.0.1:9000 (bucket vurksha-files, files in /tmp/vk/s3)")
			.contains("admin service        http://localhost:8091")
			.contains("Operator console     http://localhost:8080/admin/ (admin +919000000901, OTP 123456)");
	}

	@Test
	void leavesNotificationsOutWhenTheServiceDoesNotRun() {
		String banner = Banner.text(LocalSettings.from(Map.of("services", "user,product")), Duration.ofSeconds(1));

		assertThat(banner).doesNotContain("notification").doesNotContain("S3 storage").doesNotContain("console");
	}
}
