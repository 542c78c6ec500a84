package com.vurksha.platform.events;

import java.time.Duration;

import com.vurksha.platform.jobs.PeriodicJob;

/**
 * Polls the outbox on its own thread and has the {@link OutboxPublisher} send what is due, so a broker outage
 * only delays events: they wait in the table and go out once the broker confirms them again. After each poll it
 * counts what is still pending for the {@code vurksha.outbox.pending} gauge. On stop, a batch waiting for its
 * publisher confirms may finish.
 */
public class OutboxRelay extends PeriodicJob {

	OutboxRelay(OutboxPublisher publisher, EventsProperties properties) {
		super("outbox-relay", properties.relay().interval(),
				properties.relay().confirmTimeout().plus(Duration.ofSeconds(1)), () -> relayAll(publisher, properties));
	}

	private static void relayAll(OutboxPublisher publisher, EventsProperties properties) {
		int published;
		do {
			published = publisher.relayDue();
		}
		while (published == properties.relay().batchSize());
		publisher.countPending();
	}
}
