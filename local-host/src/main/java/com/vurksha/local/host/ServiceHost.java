package com.vurksha.local.host;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The service host's {@code main}: reads the plan the launcher wrote, sets up the per-service logs, then starts every
 * application's {@code main} in its own class loader, a few at a time. Each runs as in its own JVM: its own port,
 * database, settings and Spring context; all share the loaded and compiled library code.
 * <p>
 * An application that fails to start fails the host: it prints {@code FAILED <service>: <reason>} and exits with 1, and
 * the JVM's shutdown hook closes the contexts already running. Stopping the host (SIGTERM) closes every context the way
 * stopping its own JVM would.
 */
public final class ServiceHost {

	/** The console line that tells the launcher an application failed to start, followed by its name and the reason. */
	public static final String FAILED = "FAILED ";

	private ServiceHost() {
	}

	public static void main(String[] args) throws Exception {
		HostPlan plan = HostPlan.read(Path.of(args[0]));
		PrintStream console = System.out;
		ServiceLogs.configure(plan.logDir(), console);
		SharedLibraries shared = SharedLibraries.in(plan.sharedDir());
		AtomicInteger thread = new AtomicInteger();
		ExecutorService starters = Executors.newFixedThreadPool(Math.max(1, plan.parallelism()),
				task -> new Thread(task, "host-start-" + thread.incrementAndGet()));
		List<Future<?>> starts = new ArrayList<>();
		for (HostPlan.Application app : plan.applications()) {
			starts.add(starters.submit(() -> start(app, shared, console)));
		}
		starters.shutdown();
		for (Future<?> start : starts) {
			start.get();
		}
		console.println("All " + starts.size() + " applications started");
	}

	static void start(HostPlan.Application app, SharedLibraries shared, PrintStream console) {
		Thread current = Thread.currentThread();
		ClassLoader previous = current.getContextClassLoader();
		String threadName = current.getName();
		try {
			ApplicationClassLoader loader = new ApplicationClassLoader(app.name(), urls(app.ownClassPath()),
					ServiceHost.class.getClassLoader(), shared, app.sharedJars());
			// the application's threads inherit the loader: Spring resolves auto-configuration through it, and its log
			// events are filed by it
			current.setContextClassLoader(loader);
			current.setName(app.name() + "-main");
			Method main = Class.forName(app.startClass(), false, loader).getMethod("main", String[].class);
			// Spring Boot finds some factories through the resource loader, and through its own (the host's) class
			// loader when there is none: the application's loader makes it see what the application ships, no more
			SpringApplicationHook ownLoader = application -> {
				application.setResourceLoader(new DefaultResourceLoader(loader));
				return null;
			};
			SpringApplication.withHook(ownLoader, () -> {
				try {
					main.invoke(null, (Object) app.args().toArray(String[]::new));
				}
				catch (ReflectiveOperationException ex) {
					throw new StartFailure(ex);
				}
			});
		}
		catch (Throwable ex) {
			Throwable cause = (ex instanceof StartFailure failure) ? failure.getCause() : ex;
			if (cause instanceof InvocationTargetException invocation && invocation.getCause() != null) {
				cause = invocation.getCause();
			}
			LoggerFactory.getLogger(ServiceHost.class).error("The {} did not start", app.name(), cause);
			console.println(FAILED + app.name() + ": " + reason(cause));
			console.flush();
			System.exit(1);
		}
		finally {
			current.setContextClassLoader(previous);
			current.setName(threadName);
		}
	}

	/** The innermost cause's message: what went wrong, rather than which bean creation it broke. */
	static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private static URL[] urls(List<Path> paths) throws MalformedURLException {
		URL[] urls = new URL[paths.size()];
		for (int i = 0; i < urls.length; i++) {
			urls[i] = paths.get(i).toUri().toURL();
		}
		return urls;
	}

	/** Carries a failure of the application's {@code main} out of the hook that runs it. */
	private static final class StartFailure extends RuntimeException {

		StartFailure(Throwable cause) {
			super(cause);
		}
	}
}
