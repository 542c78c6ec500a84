package com.vurksha.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** App developers read docs/error-codes.md; every notification code is in its own section there. */
class NotificationErrorCatalogueTests {

	@Test
	void documentsEveryNotificationErrorCodeInItsSection() throws IOException {
		String catalogue = Files.readString(Path.of("..", "..", "docs", "error-codes.md"));
		int start = catalogue.indexOf("## Notification service");
		assertThat(start).as("docs/error-codes.md has a notification section").isNotNegative();
		int end = catalogue.indexOf("\n## ", start + 1);
		String section = catalogue.substring(start, (end < 0) ? catalogue.length() : end);
		for (NotificationErrorCode code : NotificationErrorCode.values()) {
			assertThat(section).as("the notification section lists %s", code)
				.contains("| `" + code.code() + "` | " + code.status() + " | " + (code.retryable() ? "yes" : "no") + " |");
		}
	}

	@Test
	void usesUpperSnakeCodes() {
		for (NotificationErrorCode code : NotificationErrorCode.values()) {
			assertThat(code.code()).matches("[A-Z][A-Z0-9_]*");
		}
	}
}
