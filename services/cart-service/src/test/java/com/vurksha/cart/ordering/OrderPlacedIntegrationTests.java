package com.vurksha.cart.ordering;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.cart.support.FakeProductService;
import com.vurksha.cart.support.FakeProductService.Variant;
import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platform.events.EventsProperties;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * {@code order.order.placed} through the real RabbitMQ: the lines of the cart version the order was placed from
 * leave the customer's cart once, however often the broker delivers the event, and a line the customer set after
 * the order stays; an event without a cart version (from before versions) takes the ordered quantities.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class OrderPlacedIntegrationTests {

	static final FakeProductService products = new FakeProductService();

	static final Variant TOMATO = Variant.of("var-tomato-kg1", "Tomato", 4000);

	static final Variant ONION = Variant.of("var-onion-kg1", "Onion", 3000);

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.catalogue.product-service-url", products::baseUrl);
		// each test sees the product service as it just set it (RememberedVariantsIntegrationTests covers the memory)
		registry.add("vurksha.catalogue.remember", () -> "0s");
		// a cold start on a busy shared machine must not fail a setup step
		registry.add("vurksha.clients.product.read-timeout", () -> "10s");
		registry.add("spring.data.redis.timeout", () -> "5s");
		registry.add("spring.data.redis.connect-timeout", () -> "5s");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	ConsumerQueue cartOrderEventsQueue;

	@Autowired
	EventsProperties events;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		products.knows(TOMATO, ONION);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> admin.getQueueInfo(cartOrderEventsQueue.name()) != null
					&& admin.getQueueInfo(cartOrderEventsQueue.name()).getConsumerCount() > 0);
	}

	@Test
	void anEventWithoutACartVersionTakesTheOrderedQuantitiesOutOfTheCartOnceWhenItArrivesTwice() {
		String userId = "customer-" + UUID.randomUUID();
		String customer = token(userId);
		put(customer, TOMATO.variantId(), 5);
		put(customer, ONION.variantId(), 1);
		EventEnvelope placed = placed(userId, Map.of(TOMATO.variantId(), 2, ONION.variantId(), 1));

		publish(placed);
		publish(placed);
		awaitHandled();

		Reply cart = api.get("/api/v1/cart", customer);
		assertThat(cart.data().get("items")).extracting(i -> i.get("variantId").asString(),
				i -> i.get("quantity").asInt())
			.containsExactly(tuple(TOMATO.variantId(), 3));
	}

	@Test
	void takesTheOrderedLinesButNotALineSetAgainAfterTheOrderBeforeTheEventArrives() {
		String userId = "customer-" + UUID.randomUUID();
		String customer = token(userId);
		put(customer, ONION.variantId(), 3);
		put(customer, TOMATO.variantId(), 1);
		long orderedFrom = cartVersion(customer);
		put(customer, ONION.variantId(), 3);

		publish(placed(userId, Map.of(ONION.variantId(), 3, TOMATO.variantId(), 1), orderedFrom));
		awaitHandled();

		assertThat(api.get("/api/v1/cart", customer).data().get("items")).extracting(i -> i.get("variantId").asString(),
				i -> i.get("quantity").asInt())
			.containsExactly(tuple(ONION.variantId(), 3));
	}

	@Test
	void takesAWholeOrderedLineEvenWhenItsQuantityChangedBeforeTheOrder() {
		String userId = "customer-" + UUID.randomUUID();
		String customer = token(userId);
		put(customer, ONION.variantId(), 5);
		put(customer, ONION.variantId(), 2);

		publish(placed(userId, Map.of(ONION.variantId(), 2), cartVersion(customer)));
		awaitHandled();

		assertThat(api.get("/api/v1/cart", customer).data().get("items")).isEmpty();
	}

	@Test
	void aLineAddedAfterTheEventWasAppliedSurvivesTheEventsRedelivery() {
		String userId = "customer-" + UUID.randomUUID();
		String customer = token(userId);
		put(customer, ONION.variantId(), 3);
		EventEnvelope placed = placed(userId, Map.of(ONION.variantId(), 3), cartVersion(customer));
		publish(placed);
		awaitHandled();

		put(customer, ONION.variantId(), 3);
		publish(placed);
		awaitHandled();

		assertThat(api.get("/api/v1/cart", customer).data().get("items")).extracting(i -> i.get("variantId").asString(),
				i -> i.get("quantity").asInt())
			.containsExactly(tuple(ONION.variantId(), 3));
	}

	@Test
	void anOrderFromTheCartVersionBeforeALineWasAddedLeavesThatLine() {
		String userId = "customer-" + UUID.randomUUID();
		String customer = token(userId);
		put(customer, TOMATO.variantId(), 2);
		long orderedFrom = cartVersion(customer);
		put(customer, ONION.variantId(), 1);

		publish(placed(userId, Map.of(TOMATO.variantId(), 2, ONION.variantId(), 1), orderedFrom));
		awaitHandled();

		assertThat(api.get("/api/v1/cart", customer).data().get("items")).extracting(i -> i.get("variantId").asString())
			.containsExactly(ONION.variantId());
	}

	@Test
	void leavesOtherCustomersCartsAlone() {
		String buyer = "customer-" + UUID.randomUUID();
		String neighbour = "customer-" + UUID.randomUUID();
		put(token(buyer), TOMATO.variantId(), 2);
		put(token(neighbour), TOMATO.variantId(), 2);

		publish(placed(buyer, Map.of(TOMATO.variantId(), 2)));
		awaitHandled();

		assertThat(api.get("/api/v1/cart", token(buyer)).data().get("items")).isEmpty();
		assertThat(api.get("/api/v1/cart", token(neighbour)).data().get("items").get(0).get("quantity").asInt())
			.isEqualTo(2);
	}

	@Test
	void parksAMessageThatIsNotAnEventInTheDeadLetterQueue() {
		MessageProperties properties = new MessageProperties();
		properties.setContentType("application/json");

		rabbit.send(events.exchange(), "order.order.placed",
				new Message("not an event".getBytes(StandardCharsets.UTF_8), properties));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> admin.getQueueInfo(cartOrderEventsQueue.deadLetterQueue()).getMessageCount() == 1);
	}

	/**
	 * Waits until a marker event published last has been applied: the queue has one consumer that takes messages
	 * in order, so every event published before it has been handled too.
	 */
	private void awaitHandled() {
		String markerUser = "marker-" + UUID.randomUUID();
		String markerToken = token(markerUser);
		put(markerToken, ONION.variantId(), 1);
		publish(placed(markerUser, Map.of(ONION.variantId(), 1)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> api.get("/api/v1/cart", markerToken).data().get("items").isEmpty());
	}

	private void publish(EventEnvelope event) {
		rabbit.send(events.exchange(), event.type(), new EventMessages(json).toMessage(event));
	}

	private long cartVersion(String token) {
		return api.get("/internal/v1/cart", TestTokens.service("order-service", "cart-service", "cart:read"),
				TestTokens.customerContext(token)).data().get("version").asLong();
	}

	/** An event as an order service from before cart versions sent it: without {@code cartVersion}. */
	private EventEnvelope placed(String userId, Map<String, Integer> quantities) {
		return placed(userId, quantities, null);
	}

	private EventEnvelope placed(String userId, Map<String, Integer> quantities, Long cartVersion) {
		String orderId = "ord-" + UUID.randomUUID();
		List<Map<String, Object>> lines = quantities.entrySet()
			.stream()
			.map(line -> object("variantId", line.getKey(), "quantity", line.getValue()))
			.toList();
		return new EventEnvelope(UUID.randomUUID().toString(), "order.order.placed", 1, Instant.now(), "order",
				orderId, null, null, json.valueToTree(object("orderId", orderId, "number", "VK-20261125-000001",
						"userId", userId, "status", "CONFIRMED", "paymentMethod", "COD", "total", 11000, "lines", lines,
						"cartVersion", cartVersion)));
	}

	private void put(String token, String variantId, int quantity) {
		assertThat(api.send(HttpMethod.PUT, "/api/v1/cart/items/" + variantId, token, object("quantity", quantity))
			.status()).isEqualTo(200);
	}

	private static String token(String subject) {
		return TestTokens.token(subject, List.of("CUSTOMER"), TestTokens.ISSUER, Duration.ofMinutes(15));
	}
}
