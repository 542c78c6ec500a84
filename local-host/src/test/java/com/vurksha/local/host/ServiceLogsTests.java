package com.vurksha.local.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ServiceLogsTests {

	@TempDir
	Path logs;

	@AfterEach
	void resetLogging() throws Exception {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
	}

	@Test
	void eachApplicationsEventsGoToItsOwnFileAndItsWarningsToTheConsole() throws Exception {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		ServiceLogs.configure(logs, new PrintStream(console, true, StandardCharsets.UTF_8));
		SharedLibraries none = SharedLibraries.in(Files.createDirectories(logs.resolve("no-shared-jars")));
		Logger logger = LoggerFactory.getLogger("com.example.Service");

		try (ApplicationClassLoader cart = new ApplicationClassLoader("cart", new URL[0], getClass().getClassLoader(), none,
				Set.of());
				ApplicationClassLoader order = new ApplicationClassLoader("order", new URL[0], getClass().getClassLoader(),
						none, Set.of())) {
			runWith(cart, () -> logger.info("cart line"));
			// a thread the application starts inherits its loader, and so its log file
			runWith(order, () -> {
				Thread worker = new Thread(() -> logger.warn("order worker line"));
				worker.start();
				join(worker);
			});
			logger.info("host line");
		}
		java.util.logging.Logger.getLogger("org.apache.catalina.Example").info("tomcat line");

		assertThat(Files.readString(logs.resolve("cart.log"))).contains("\"message\":\"cart line\"")
			.contains("\"level\":\"INFO\"")
			.doesNotContain("order worker line");
		assertThat(Files.readString(logs.resolve("order.log"))).contains("order worker line").doesNotContain("cart line");
		assertThat(Files.readString(logs.resolve("host.log"))).contains("host line").contains("tomcat line");
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("[order] WARN order worker line")
			.doesNotContain("cart line");
	}

	private static void runWith(ClassLoader loader, Runnable action) throws InterruptedException {
		Thread thread = new Thread(action);
		thread.setContextClassLoader(loader);
		thread.start();
		thread.join();
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
