package com.vurksha.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platform.events.testapp.EventsTestApplication.SeenEvents;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test but a measurement, run on demand with {@code -Dvurksha.bench=true}: commits events at a steady rate
 * from several threads, as request threads would, and prints the time from each commit to its consumer, and how
 * long the consumer took to catch up once the load stopped. It asserts only that every event arrived.
 */
@EnabledIfSystemProperty(named = "vurksha.bench", matches = "true")
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.flyway.locations=classpath:db/events-test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLatencyBenchmarkIntegrationTests {

	private static final int EVENTS = Integer.getInteger("vurksha.bench.events", 1500);

	private static final int PER_SECOND = Integer.getInteger("vurksha.bench.rate", 100);

	// like orders: many aggregates, each with a few events
	private static final int AGGREGATES = Integer.getInteger("vurksha.bench.aggregates", 500);

	@Autowired
	Products products;

	@Autowired
	SeenEvents seenEvents;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> 12);
	}

	@AfterAll
	void deleteConsumerQueues() {
		BrokerCleanup.deleteCatalogueWatcher(context);
	}

	@Test
	void measuresCommitToConsumerLatency() throws InterruptedException {
		warmUp();
		Map<String, Long> committedAt = new ConcurrentHashMap<>();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		long periodNanos = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
		long start = System.nanoTime();
		for (int i = 0; i < EVENTS; i++) {
			long due = start + i * periodNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			String aggregate = "p-bench-" + (i % AGGREGATES);
			String name = "bench " + i;
			writers.execute(() -> {
				EventEnvelope event = products.rename(aggregate, name);
				committedAt.put(event.id(), System.nanoTime());
			});
		}
		writers.shutdown();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		long lastCommit = System.nanoTime();
		await().atMost(Duration.ofMinutes(2)).until(() -> committedAt.keySet().stream()
			.allMatch(seenEvents.handledAt::containsKey));
		long caughtUp = committedAt.keySet().stream().mapToLong(seenEvents.handledAt::get).max().orElseThrow();

		List<Long> millis = new ArrayList<>();
		committedAt.forEach((id, committed) -> millis.add(
				TimeUnit.NANOSECONDS.toMillis(Math.max(0, seenEvents.handledAt.get(id) - committed))));
		millis.sort(null);
		System.out.printf("%n%d events at %d/s over %.1f s: commit -> consumer p50 %d ms, p95 %d ms, p99 %d ms, "
				+ "max %d ms; caught up %d ms after the last commit%n%n", EVENTS, PER_SECOND,
				(lastCommit - start) / 1e9, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
				millis.get(millis.size() - 1), Math.max(0, TimeUnit.NANOSECONDS.toMillis(caughtUp - lastCommit)));
		System.out.println("append -> broker confirm, ms: p50, p99, max " + jdbc.sql("""
				SELECT concat_ws(', ', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)),
				    round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)), round(max(ms)))
				FROM (SELECT extract(epoch FROM sent_at - occurred_at) * 1000 AS ms FROM platform.outbox
				      WHERE payload->>'name' LIKE 'bench %') d
				""").query(String.class).single());
	}

	private void warmUp() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			ids.add(products.rename("p-warm-" + (i % 20), "warm " + i).id());
		}
		await().atMost(Duration.ofMinutes(1)).until(() -> ids.stream().allMatch(seenEvents.handledAt::containsKey));
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}
}
