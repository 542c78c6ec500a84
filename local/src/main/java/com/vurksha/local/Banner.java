package com.vurksha.local;

import java.time.Duration;
import java.util.Locale;

/** The few lines a developer needs once everything is up. */
final class Banner {

	private Banner() {
	}

	static String text(LocalSettings settings, Duration startUp) {
		String gateway = "http://localhost:" + settings.ports().gateway();
		StringBuilder text = new StringBuilder();
		text.append(System.lineSeparator())
			.append("Vurksha is running (ready in ")
			.append(String.format(Locale.ROOT, "%.1f", startUp.toMillis() / 1000.0))
			.append(" s)")
			.append(System.lineSeparator());
		line(text, "API", gateway + "/api/v1");
		line(text, "Swagger UI", gateway + "/swagger-ui.html");
		if (settings.services().contains(LocalSystem.ADMIN)) {
			line(text, "Operator console", gateway + "/admin/ (admin +919000000901, OTP 123456)");
		}
		String management = "http://localhost:" + settings.ports().gatewayManagement();
		line(text, "Health", gateway + "/readyz");
		line(text, "Metrics", management + "/actuator/prometheus (management port, not public)");
		for (String service : settings.services()) {
			line(text, service + " service", "http://localhost:" + settings.ports().of(service));
		}
		line(text, "PostgreSQL", "jdbc:postgresql://localhost:" + settings.ports().postgres() + "/vurksha_<service>"
				+ " (user postgres)");
		if (settings.services().contains("search")) {
			line(text, "OpenSearch", "http://127.0.0.1:" + settings.ports().opensearch() + " (index alias products)");
		}
		if (settings.services().contains(LocalSystem.FILE)) {
			line(text, "S3 storage", "http://127.0.0.1:" + settings.ports().storage() + " (bucket "
					+ LocalSystem.BUCKET + ", files in " + settings.dataDir().resolve("s3") + ")");
		}
		line(text, "Logs", settings.dataDir().resolve("logs").toString());
		if (settings.services().contains("notification")) {
			// the local profile sends no push, SMS or email; a developer looks for them in this log instead
			line(text, "Notifications", "in-app inbox " + gateway + "/api/v1/notifications; push, SMS and email in "
					+ settings.dataDir().resolve("logs").resolve("notification.log"));
		}
		line(text, "Customers", "+919000000001, +919000000002 (OTP 123456)");
		line(text, "Rider / admin", "+919000000101 / +919000000901 (OTP 123456)");
		text.append("Press Ctrl-C to stop everything.");
		return text.toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(String.format(Locale.ROOT, "  %-20s %s", label, value)).append(System.lineSeparator());
	}
}
