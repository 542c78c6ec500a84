package com.vurksha.platform.events;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Purges outbox rows sent longer ago than the retention, and inbox entries older than theirs. */
public class EventHousekeeping implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventHousekeeping.class);

	private static final int BATCH = 1000;

	private final OutboxRows rows;

	private final Inbox inbox;

	private final Clock clock;

	private final EventsProperties properties;

	private ScheduledExecutorService scheduler;

	EventHousekeeping(OutboxRows rows, Inbox inbox, Clock clock, EventsProperties properties) {
		this.rows = rows;
		this.inbox = inbox;
		this.clock = clock;
		this.properties = properties;
	}

	/** Deletes sent rows past the retention, never an unsent one, and returns how many went. */
	public int purgeSentEvents() {
		int total = 0;
		int deleted;
		do {
			deleted = rows.deleteSentBefore(clock.instant().minus(properties.relay().retention()), BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		return total;
	}

	public int purgeInbox() {
		return inbox.forgetHandledBefore(clock.instant().minus(properties.consumer().inboxRetention()));
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "event-housekeeping");
			thread.setDaemon(true);
			return thread;
		});
		long period = properties.relay().purgeInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::purgeQuietly, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	private void purgeQuietly() {
		try {
			int sent = purgeSentEvents();
			int handled = purgeInbox();
			log.debug("Purged {} sent outbox rows and {} inbox entries", sent, handled);
		}
		catch (RuntimeException ex) {
			log.warn("Event housekeeping failed: {}", ex.getMessage());
		}
	}
}
