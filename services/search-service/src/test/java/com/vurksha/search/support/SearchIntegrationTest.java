package com.vurksha.search.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.Outbox;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.events.ProductCreated;
import com.vurksha.product.events.ProductDeactivated;
import com.vurksha.product.events.ProductEventTypes;
import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.product.events.ProductUpdated;
import com.vurksha.product.events.ProductRatingChanged;
import com.vurksha.product.events.StockChanged;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running search service on the real PostgreSQL and RabbitMQ and the embedded OpenSearch node, with an alias of
 * its own. Events are published through the service's own outbox, so they travel the real broker to its consumer
 * queues exactly as the product and order services' would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.search.opensearch.synonyms=classpath:search/test-synonyms.txt",
				"vurksha.search.rebuild.on-empty-index=false", "vurksha.search.rebuild.retry-every=500ms" })
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
public abstract class SearchIntegrationTest {

	public static final Duration PATIENCE = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.search.opensearch.urls", SearchNode::url);
		String alias = "products-" + UUID.randomUUID().toString().substring(0, 8);
		registry.add("vurksha.search.opensearch.alias", () -> alias);
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Outbox outbox;

	@Autowired
	protected TransactionTemplate transaction;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
	}

	protected EventEnvelope publish(String type, String aggregateType, String aggregateId, Object payload) {
		return transaction.execute(
				status -> outbox.append(type, ProductEventTypes.VERSION, aggregateType, aggregateId, payload));
	}

	protected EventEnvelope created(ProductSnapshot product) {
		return publish(ProductCreated.TYPE, "product", product.id(), new ProductCreated(product));
	}

	protected EventEnvelope updated(ProductSnapshot product) {
		return publish(ProductUpdated.TYPE, "product", product.id(), new ProductUpdated(product, List.of("name")));
	}

	protected EventEnvelope deactivated(ProductSnapshot product) {
		return publish(ProductDeactivated.TYPE, "product", product.id(),
				new ProductDeactivated(product.id(), product.slug()));
	}

	protected EventEnvelope stock(ProductSnapshot product, String variantId, int available) {
		return publish(StockChanged.TYPE, "variant", variantId,
				new StockChanged(variantId, product.id(), available, 0, available, available, 0, "RECEIVE", null));
	}

	protected EventEnvelope rated(ProductSnapshot product, double average, int count) {
		return publish(ProductRatingChanged.TYPE, "product", product.id(),
				new ProductRatingChanged(product.id(), average, count));
	}

	/** Waits until the event has been consumed (the platform inbox recorded it). */
	protected void awaitConsumed(EventEnvelope event) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
				.param("id", event.id())
				.query(Integer.class)
				.single()).isEqualTo(1));
	}

	/** The product ids of a search's hits, in order. */
	protected List<String> hits(String query) {
		Api.Reply reply = api.get("/api/v1/search/products?" + query);
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
		return reply.body().at("/data/hits").valueStream().map(hit -> hit.get("productId").asString()).toList();
	}
}
