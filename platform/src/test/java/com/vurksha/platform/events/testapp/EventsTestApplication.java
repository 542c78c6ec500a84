package com.vurksha.platform.events.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventConsumers;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import com.vurksha.platform.events.Outbox;

/**
 * Produces {@code product.product.renamed} events through the outbox and consumes them through the inbox into
 * a table, as a real service would. Products whose name starts with "poison" always fail in the consumer; those
 * starting with "flaky" fail on their first delivery only; those starting with "outage" find the consumer's
 * database unreachable on their first {@value SeenEvents#OUTAGE_DELIVERIES} deliveries.
 */
@SpringBootApplication
public class EventsTestApplication {

	public static final String CONSUMER = "catalogue-watcher";

	@Bean
	ConsumerQueue catalogueWatcherQueue(EventConsumers consumers) {
		return consumers.queue(CONSUMER, "product.product.*");
	}

	@Bean
	Declarables catalogueWatcherDeclarations(ConsumerQueue catalogueWatcherQueue) {
		return catalogueWatcherQueue.declarables();
	}

	@Bean
	SimpleMessageListenerContainer catalogueWatcher(EventConsumers consumers, ConsumerQueue catalogueWatcherQueue,
			SeenEvents seenEvents) {
		return consumers.container(catalogueWatcherQueue, seenEvents);
	}

	@Service
	public static class Products {

		private final JdbcClient jdbc;

		private final Outbox outbox;

		Products(JdbcClient jdbc, Outbox outbox) {
			this.jdbc = jdbc;
			this.outbox = outbox;
		}

		@Transactional
		public EventEnvelope rename(String id, String name) {
			jdbc.sql("""
					INSERT INTO test_products (id, name) VALUES (:id, :name)
					ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name
					""").param("id", id).param("name", name).update();
			return outbox.append("product.product.renamed", 1, "product", id, Map.of("id", id, "name", name));
		}

		@Transactional
		public void renameThenFail(String id, String name) {
			rename(id, name);
			throw new IllegalStateException("rolled back after the event was appended");
		}
	}

	/** The consumer: remembers each event it handled in a table, in the inbox's transaction. */
	@Service
	public static class SeenEvents implements EventHandler {

		public static final int OUTAGE_DELIVERIES = 4;

		public final AtomicInteger handled = new AtomicInteger();

		/** When each event was handled ({@link System#nanoTime()}), by event id. */
		public final Map<String, Long> handledAt = new ConcurrentHashMap<>();

		/** The trace id current while each event was handled, by event id. */
		public final Map<String, String> traceIds = new ConcurrentHashMap<>();

		private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

		private final Map<String, AtomicInteger> outageDeliveries = new ConcurrentHashMap<>();

		private final JdbcClient jdbc;

		private final ObjectProvider<Tracer> tracer;

		SeenEvents(JdbcClient jdbc, ObjectProvider<Tracer> tracer) {
			this.jdbc = jdbc;
			this.tracer = tracer;
		}

		@Override
		public void handle(EventEnvelope event) {
			Span span = tracer.getIfAvailable(() -> Tracer.NOOP).currentSpan();
			if (span != null) {
				traceIds.put(event.id(), span.context().traceId());
			}
			String name = event.payload().get("name").asString();
			if (name.startsWith("outage") && outageDeliveries.computeIfAbsent(event.id(), id -> new AtomicInteger())
				.incrementAndGet() <= OUTAGE_DELIVERIES) {
				throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
			}
			if (name.startsWith("poison") || (name.startsWith("flaky") && failedOnce.add(event.id()))) {
				throw new IllegalStateException("cannot handle " + name);
			}
			jdbc.sql("INSERT INTO test_seen_events (event_id, type, name) VALUES (:id, :type, :name)")
				.param("id", event.id())
				.param("type", event.type())
				.param("name", name)
				.update();
			handled.incrementAndGet();
			handledAt.put(event.id(), System.nanoTime());
		}
	}
}
