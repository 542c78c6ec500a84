package com.vurksha.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.platform.jdbc.BatchedDelete;
import com.vurksha.platform.jobs.PeriodicJob;

/** Purges outbox rows sent longer ago than the retention, and inbox entries older than theirs, every purge interval. */
public class EventHousekeeping extends PeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(EventHousekeeping.class);

	private final OutboxRows rows;

	private final Inbox inbox;

	private final Clock clock;

	private final EventsProperties properties;

	EventHousekeeping(OutboxRows rows, Inbox inbox, Clock clock, EventsProperties properties) {
		super("event-housekeeping", properties.relay().purgeInterval(), Duration.ZERO,
				() -> purge(rows, inbox, clock, properties));
		this.rows = rows;
		this.inbox = inbox;
		this.clock = clock;
		this.properties = properties;
	}

	/** Deletes sent rows past the retention, never an unsent one, and returns how many went. */
	public int purgeSentEvents() {
		return purgeSentEvents(rows, clock, properties);
	}

	public int purgeInbox() {
		return purgeInbox(inbox, clock, properties);
	}

	private static void purge(OutboxRows rows, Inbox inbox, Clock clock, EventsProperties properties) {
		int sent = purgeSentEvents(rows, clock, properties);
		int handled = purgeInbox(inbox, clock, properties);
		log.debug("Purged {} sent outbox rows and {} inbox entries", sent, handled);
	}

	private static int purgeSentEvents(OutboxRows rows, Clock clock, EventsProperties properties) {
		Instant before = clock.instant().minus(properties.relay().retention());
		return BatchedDelete.inBatches(BatchedDelete.DEFAULT_BATCH, limit -> rows.deleteSentBefore(before, limit));
	}

	private static int purgeInbox(Inbox inbox, Clock clock, EventsProperties properties) {
		return inbox.forgetHandledBefore(clock.instant().minus(properties.consumer().inboxRetention()));
	}
}
