package com.vurksha.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of event publishing and consuming.
 *
 * @param exchange the one topic exchange every event goes to (default {@code vurksha.events})
 * @param queuePrefix put in front of every consumer queue name, so that environments can share a broker
 * @param queueType classic (default) or quorum for consumer queues
 * @param unroutedQueue where the events exchange sends an event no consumer queue is bound for (yet), through
 * an alternate exchange of the same name, so it waits there instead of vanishing (default
 * {@code <exchange>.unrouted})
 * @param relay the outbox relay
 * @param consumer consumers' retry and dead-lettering
 */
@ConfigurationProperties("vurksha.events")
public record EventsProperties(@DefaultValue("vurksha.events") String exchange, @DefaultValue("") String queuePrefix,
		@DefaultValue("classic") QueueType queueType, @DefaultValue("") String unroutedQueue,
		@DefaultValue Relay relay, @DefaultValue Consumer consumer) {

	public EventsProperties {
		if (unroutedQueue == null || unroutedQueue.isBlank()) {
			unroutedQueue = exchange + ".unrouted";
		}
	}

	/**
	 * @param enabled whether this instance relays (default true)
	 * @param interval pause between polls of the outbox (default 1 s); a commit that appended events wakes the
	 * relay at once, so the poll only catches retries that came due and rows of instances that do not relay
	 * @param batchSize rows claimed per batch (default 100); a relay run takes batch after batch until one
	 * publishes nothing
	 * @param confirmTimeout how long to wait for the broker's publisher confirm (default 5 s)
	 * @param initialBackoff delay before the first retry of a failed row, doubled per attempt (default 1 s)
	 * @param maxBackoff the longest delay between attempts of a row the broker did not confirm (default 5 s): the
	 * cap is also the longest an event waits after the broker is healthy again (a queue leader elected, a node
	 * back), so it stays within the few seconds events may be late. An unreachable broker does not back rows off
	 * at all: they are tried again at the next poll
	 * @param retention how long sent rows are kept before they are purged (default 7 days)
	 * @param purgeInterval how often sent rows and old inbox entries are purged (default 1 h)
	 */
	public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
			@DefaultValue("100") int batchSize, @DefaultValue("5s") Duration confirmTimeout,
			@DefaultValue("1s") Duration initialBackoff, @DefaultValue("5s") Duration maxBackoff,
			@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
	}

	/**
	 * @param retryDelay how long a failed message waits in the retry queue before it is delivered again (default
	 * 10 s)
	 * @param maxAttempts deliveries before a message is parked in the dead-letter queue (default 5)
	 * @param prefetch unacknowledged messages per consumer (default 10)
	 * @param inboxRetention how long handled event ids are remembered (default 30 days)
	 * @param concurrency listener threads per consumer queue in each instance (default 1). One thread handles
	 * deliveries in the order the relay published them; more threads handle more events per second, since each
	 * handling commits (and waits for the disk) on its own, but reorder events of one aggregate more often, so
	 * raise it only for handlers that ignore stale events (as {@link Outbox} asks of every consumer)
	 * @param recoveryInterval how long a listener container waits before it connects again after it lost the
	 * broker (default 1 s, Spring AMQP's own is 5 s): consuming resumes at most this long after the broker is back,
	 * and an attempt against a broker that refuses connections costs next to nothing
	 */
	public record Consumer(@DefaultValue("10s") Duration retryDelay, @DefaultValue("5") int maxAttempts,
			@DefaultValue("10") int prefetch, @DefaultValue("30d") Duration inboxRetention,
			@DefaultValue("1") int concurrency, @DefaultValue("1s") Duration recoveryInterval) {

		public Consumer {
			if (concurrency < 1) {
				throw new IllegalArgumentException("A consumer needs at least one listener thread, got " + concurrency);
			}
			if (recoveryInterval.isNegative() || recoveryInterval.isZero()) {
				throw new IllegalArgumentException("A consumer needs a positive recovery interval, got " + recoveryInterval);
			}
		}
	}
}
