package com.vurksha.platform.events;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the outbox on its own thread and has the {@link OutboxPublisher} send what is due, so a broker outage
 * only delays events: they wait in the table and go out once the broker confirms them again.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxPublisher publisher;

	private final EventsProperties properties;

	private ScheduledExecutorService scheduler;

	private boolean pollFailing;

	OutboxRelay(OutboxPublisher publisher, EventsProperties properties) {
		this.publisher = publisher;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.relay().interval().toMillis();
		scheduler.scheduleWithFixedDelay(this::relayQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdown();
			try {
				scheduler.awaitTermination(properties.relay().confirmTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	private void relayQuietly() {
		try {
			int published;
			do {
				published = publisher.relayDue();
			}
			while (published == properties.relay().batchSize());
			if (pollFailing) {
				pollFailing = false;
				log.info("Outbox relay polls again");
			}
		}
		catch (RuntimeException ex) {
			// Usually the database is unreachable; the rows wait and the next poll tries again. Polls run four
			// times a second, so only the first failure of a streak is a warning.
			if (!pollFailing) {
				pollFailing = true;
				log.warn("Outbox relay poll failed: {}", ex.getMessage());
			}
			else {
				log.debug("Outbox relay poll failed again: {}", ex.getMessage());
			}
		}
	}

}
