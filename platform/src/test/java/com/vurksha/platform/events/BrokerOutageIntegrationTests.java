package com.vurksha.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.testapp.EventsTestApplication;
import com.vurksha.platform.events.testapp.EventsTestApplication.Products;
import com.vurksha.platformtest.TcpProxy;
import com.vurksha.platformtest.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drills' scenario 5 in one JVM: the whole broker goes away while the service keeps writing, then comes back.
 * The service reaches RabbitMQ only through a proxy, which the test cuts (every connection reset, new ones
 * refused) and restores, so the shared broker keeps running. The address list starts with a node that is down
 * for good, as a cluster with a dead member would. Nothing is restarted: the relay and the listener container
 * that lived through the outage deliver everything, each event handled once. The bounds are generous on purpose;
 * how soon after the return events flow is set by the relay's poll, its backoff cap and the containers' recovery
 * interval, each tested on its own.
 */
@SpringBootTest(classes = EventsTestApplication.class,
		properties = { "spring.flyway.locations=classpath:db/events-test", "vurksha.events.consumer.retry-delay=200ms" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageIntegrationTests {

	private static final TcpProxy broker = TcpProxy.to(TestInfrastructure.HOST, TestInfrastructure.amqpPort());

	private static final int EVENTS_DURING_OUTAGE = 20;

	@Autowired
	Products products;

	@Autowired
	SimpleMessageListenerContainer catalogueWatcher;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		// nothing listens on port 1: the first node of the list is down for the whole test
		registry.add("spring.rabbitmq.addresses",
				() -> TestInfrastructure.HOST + ":1," + broker.host() + ":" + broker.port());
	}

	@AfterAll
	void cleanUp() {
		BrokerCleanup.deleteCatalogueWatcher(context);
		broker.close();
	}

	@Test
	void deliversEveryEventWrittenDuringAnOutageOnceTheBrokerIsBackWithoutARestart() {
		String before = products.rename("p-before", "Before the outage").id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seen(before) == 1);

		broker.cut();
		List<String> written = new ArrayList<>();
		for (int i = 0; i < EVENTS_DURING_OUTAGE; i++) {
			written.add(products.rename("p-outage-" + i, "Written while the broker is away " + i).id());
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> failedAsUnreachable(written) > 0);
		// the outage lasts a while: long enough for the listener container to notice and begin its retries
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> written.stream().allMatch(id -> seen(id) == 0));

		broker.restore();

		await().atMost(Duration.ofSeconds(30)).until(() -> unsent(written) == 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> written.stream().allMatch(id -> seen(id) == 1));
		assertThat(catalogueWatcher.isRunning()).isTrue();
		String after = products.rename("p-after", "After the outage").id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seen(after) == 1);
		assertThat(written).allSatisfy(id -> assertThat(seen(id)).isEqualTo(1));
	}

	private long seen(String eventId) {
		return jdbc.sql("SELECT count(*) FROM test_seen_events WHERE event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private long unsent(List<String> ids) {
		return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE id::text IN (:ids) AND sent_at IS NULL")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	private long failedAsUnreachable(List<String> ids) {
		return jdbc
			.sql("SELECT count(*) FROM platform.outbox WHERE id::text IN (:ids) AND last_error LIKE '%unreachable%'")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}
}
