package com.vurksha.platform.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes keys past their retention, in small batches so that no long lock is taken. Every replica may run it;
 * deleting an already deleted row is harmless.
 */
public class ExpiredIdempotencyKeys implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeys.class);

	private static final int BATCH = 1000;

	private final IdempotencyStore store;

	private final IdempotencyProperties properties;

	private ScheduledExecutorService scheduler;

	ExpiredIdempotencyKeys(IdempotencyStore store, IdempotencyProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** Deletes every expired key now and returns how many there were. */
	public int purge() {
		int total = 0;
		int deleted;
		do {
			deleted = store.deleteExpired(BATCH);
			total += deleted;
		}
		while (deleted == BATCH);
		return total;
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "idempotency-cleanup");
			thread.setDaemon(true);
			return thread;
		});
		long period = properties.cleanupInterval().toMillis();
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
			int deleted = purge();
			if (deleted > 0) {
				log.debug("Deleted {} expired idempotency keys", deleted);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete expired idempotency keys: {}", ex.getMessage());
		}
	}
}
