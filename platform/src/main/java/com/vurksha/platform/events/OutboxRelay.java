package com.vurksha.platform.events;

import java.time.Duration;

import com.vurksha.platform.jobs.PeriodicJob;

/**
 * Has the {@link OutboxPublisher} send what is due, on a thread of its own: right after a transaction of this
 * instance that appended events commits ({@link RelayOnCommit} calls {@link #runSoon()}), and at every poll
 * interval, the safety net for retries that come due, rows written by instances that do not relay and wake-ups
 * lost in a crash. Wake-ups that arrive while a run is waiting are one run; one that arrives during a run gets a
 * run after it. A run publishes batch after batch until one publishes nothing, so a burst drains at once and an
 * aggregate's next event, held back while its previous one was in flight, follows in the same run. A broker
 * outage only delays events: they wait in the table and go out once the broker confirms them again. At most once
 * per interval a run counts what is still pending for the {@code vurksha.outbox.pending} gauge. On stop, a batch
 * waiting for its publisher confirms may finish.
 */
public class OutboxRelay extends PeriodicJob {

	OutboxRelay(OutboxPublisher publisher, EventsProperties properties) {
		super("outbox-relay", properties.relay().interval(),
				properties.relay().confirmTimeout().plus(Duration.ofSeconds(1)),
				new Drain(publisher, properties.relay().interval()));
	}

	/** One run: batches until the outbox has nothing due, then the pending count if the last one is old enough. */
	private static final class Drain implements Runnable {

		private final OutboxPublisher publisher;

		private final long countEveryNanos;

		/** Touched only by the relay's thread. */
		private long lastCountedAt;

		Drain(OutboxPublisher publisher, Duration countEvery) {
			this.publisher = publisher;
			this.countEveryNanos = countEvery.toNanos();
			this.lastCountedAt = System.nanoTime() - countEveryNanos;
		}

		@Override
		public void run() {
			int published;
			do {
				// each batch takes at most one row per aggregate: the next batch takes the successors
				published = publisher.relayDue();
			}
			while (published > 0 && !Thread.currentThread().isInterrupted());
			long now = System.nanoTime();
			if (now - lastCountedAt >= countEveryNanos) {
				lastCountedAt = now;
				publisher.countPending();
			}
		}
	}
}
