package com.vurksha.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;


/**
 * {@code make run}: starts the whole system, prints where everything is and how long it took, and stops it all
 * cleanly on Ctrl-C.
 */
public final class LocalLauncher {

	private LocalLauncher() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream console = System.out;
		LocalSettings settings;
		try {
			settings = LocalSettings.fromEnvironment();
		}
		catch (IllegalArgumentException ex) {
			console.println(ex.getMessage());
			System.exit(2);
			return;
		}
		long started = System.nanoTime();
		AtomicReference<LocalSystem> system = new AtomicReference<>();
		Thread stopper = new Thread(() -> {
			LocalSystem running = system.get();
			if (running != null) {
				console.println("Stopping services, broker, Redis and PostgreSQL…");
				running.close();
				console.println("Stopped.");
			}
		}, "local-shutdown");
		Runtime.getRuntime().addShutdownHook(stopper);
		try {
			LocalSystem.start(settings, console, system::set);
		}
		catch (Exception ex) {
			console.println("Start-up failed: " + ex.getMessage());
			if (Boolean.getBoolean("vurksha.local.debug")) {
				ex.printStackTrace(console);
			}
			System.exit(1);
			return;
		}
		console.println(Banner.text(settings, Duration.ofNanos(System.nanoTime() - started)));
		Thread.currentThread().join();
	}
}
