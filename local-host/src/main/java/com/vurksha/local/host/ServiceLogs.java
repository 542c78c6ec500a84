package com.vurksha.local.host;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.sift.SiftingAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.sift.AbstractDiscriminator;
import ch.qos.logback.core.util.Duration;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * The host's logging, set up once for every application: each application's events go to its own
 * {@code <logs>/<service>.log} in the JSON (logstash) form it writes when deployed, told apart by the class loader of
 * the thread that logs (the application's loader, set as the context class loader of every thread it starts); warnings,
 * errors and the start-up line also go to the console with the service's name in front. Spring Boot's own logging
 * set-up is off in the host ({@code org.springframework.boot.logging.LoggingSystem=none}), so that no application
 * resets what the others log to.
 */
public final class ServiceLogs {

	/** What an event logged outside any application (the host itself, a thread no application started) is filed under. */
	public static final String HOST = "host";

	/** The levels Spring Boot's default logback configuration sets, so that the host logs what an application would. */
	private static final Map<String, Level> BOOT_DEFAULT_LEVELS = Map.of(
			"org.apache.catalina.startup.DigesterFactory", Level.ERROR,
			"org.apache.catalina.util.LifecycleBase", Level.ERROR,
			"org.apache.coyote.http11.Http11NioProtocol", Level.WARN,
			"org.apache.sshd.common.util.SecurityUtils", Level.WARN,
			"org.apache.tomcat.util.net.NioSelectorPool", Level.WARN,
			"org.eclipse.jetty.util.component.AbstractLifeCycle", Level.ERROR,
			"org.hibernate.validator.internal.util.Version", Level.WARN,
			"org.springframework.boot.actuate.endpoint.jmx", Level.WARN);

	private ServiceLogs() {
	}

	/** Replaces whatever logback configured at start with the per-service files and the console digest. */
	public static void configure(Path logDir, PrintStream console) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		// the structured-log encoder takes its settings from a Spring environment; the defaults are those of the services
		context.putObject(Environment.class.getName(), new StandardEnvironment());

		SiftingAppender files = new SiftingAppender();
		files.setContext(context);
		files.setName("services");
		ServiceDiscriminator discriminator = new ServiceDiscriminator();
		discriminator.setContext(context);
		discriminator.start();
		files.setDiscriminator(discriminator);
		// a service quiet for a while keeps its file open; there are only a handful
		files.setTimeout(Duration.buildByDays(365));
		files.setAppenderFactory((appenderContext, service) -> fileAppender(appenderContext, logDir, service));
		files.start();

		ConsoleDigest digest = new ConsoleDigest(console);
		digest.setContext(context);
		digest.setName("console-digest");
		digest.start();

		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(files);
		root.addAppender(digest);
		BOOT_DEFAULT_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
		// what Tomcat and the JDK log through java.util.logging goes the same way, as Boot's logging set-up arranges
		if (!SLF4JBridgeHandler.isInstalled()) {
			SLF4JBridgeHandler.removeHandlersForRootLogger();
			SLF4JBridgeHandler.install();
		}
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
	}

	/** The service whose thread logs now: from the context class loader, or {@link #HOST} outside any application. */
	public static String currentService() {
		String service = ApplicationClassLoader.serviceOf(Thread.currentThread().getContextClassLoader());
		return (service != null) ? service : HOST;
	}

	private static FileAppender<ILoggingEvent> fileAppender(ch.qos.logback.core.Context context, Path logDir,
			String service) {
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat("logstash");
		encoder.start();
		FileAppender<ILoggingEvent> file = new FileAppender<>();
		file.setContext(context);
		file.setName(service);
		file.setFile(logDir.resolve(service + ".log").toString());
		file.setAppend(true);
		file.setEncoder(encoder);
		file.start();
		return file;
	}

	/** Files events by the service of the logging thread. */
	static final class ServiceDiscriminator extends AbstractDiscriminator<ILoggingEvent> {

		@Override
		public String getDiscriminatingValue(ILoggingEvent event) {
			return currentService();
		}

		@Override
		public String getKey() {
			return "service";
		}
	}

	/** Warnings, errors and each application's start-up line, one line each, as {@code [service] LEVEL message}. */
	static final class ConsoleDigest extends AppenderBase<ILoggingEvent> {

		private final PrintStream console;

		ConsoleDigest(PrintStream console) {
			this.console = console;
		}

		@Override
		protected void append(ILoggingEvent event) {
			String message = event.getFormattedMessage();
			if (message == null) {
				message = "";
			}
			if (event.getLevel().isGreaterOrEqual(Level.WARN) || message.startsWith("Started ")) {
				String line = "[" + currentService() + "] " + event.getLevel() + " " + message;
				console.println((line.length() > 240) ? line.substring(0, 240) + "…" : line);
			}
		}
	}
}
