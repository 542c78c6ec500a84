package com.vurksha.product.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.platform.events.ConsumerQueue;
import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventMessages;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.support.TestServiceTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Verified reviews end to end in one service: {@code order.order.delivered} through the real RabbitMQ into verified
 * purchases, then reviews over real HTTP against the real PostgreSQL, with the product's cached page in Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class ReviewIntegrationTests {

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin rabbitAdmin;

	@Autowired
	ConsumerQueue productOrderDeliveriesQueue;

	@Autowired
	MeterRegistry meters;

	@Value("${vurksha.events.exchange}")
	String exchange;

	Api api;

	String admin;

	String buyer;

	String buyerToken;

	String productId;

	String productSlug;

	String variantId;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		admin = TestTokens.admin();
		buyer = "customer-" + UUID.randomUUID();
		buyerToken = TestTokens.customer(buyer);
		JsonNode product = newProduct();
		productId = product.get("id").asString();
		productSlug = product.get("slug").asString();
		variantId = product.get("variants").get(0).get("id").asString();
	}

	@Test
	void acceptsAReviewFromACustomerWhoseOrderWasDelivered() {
		delivered(buyer, line(productId, variantId));

		Reply reply = review(buyerToken, object("rating", 5, "comment", "Tangy and fresh", "authorName", "Priya"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode review = reply.data();
		assertThat(review.get("productId").asString()).isEqualTo(productId);
		assertThat(review.get("rating").asInt()).isEqualTo(5);
		assertThat(review.get("comment").asString()).isEqualTo("Tangy and fresh");
		assertThat(review.get("authorName").asString()).isEqualTo("Priya");
		assertThat(review.get("verifiedPurchase").asBoolean()).isTrue();
		assertThat(review.get("status").asString()).isEqualTo("PUBLISHED");
		JsonNode listed = api.get(reviews()).data();
		assertThat(listed).singleElement().satisfies(item -> {
			assertThat(item.get("id").asString()).isEqualTo(review.get("id").asString());
			assertThat(item.has("status")).isFalse();
			assertThat(item.has("userId")).isFalse();
		});
		assertThat(outboxEvents("product.review.submitted", review.get("id").asString())).singleElement()
			.satisfies(event -> {
				assertThat(event.get("userId").asString()).isEqualTo(buyer);
				assertThat(event.get("edited").asBoolean()).isFalse();
				assertThat(event.get("ratingCount").asInt()).isEqualTo(1);
			});
	}

	@Test
	void editsTheCallersReviewWhenTheyPostAgain() {
		delivered(buyer, line(productId, variantId));
		String id = review(buyerToken, object("rating", 2, "comment", "Too sour")).data().get("id").asString();

		Reply again = review(buyerToken, object("rating", 4, "comment", "Grew on me"));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.data().get("id").asString()).isEqualTo(id);
		assertThat(api.get(reviews()).data()).singleElement()
			.satisfies(item -> assertThat(item.get("comment").asString()).isEqualTo("Grew on me"));
		assertThat(rating(productId)).isEqualTo(Map.of("average", 4.0, "count", 1));
		assertThat(api.get(reviews() + "/mine", buyerToken).data().get("rating").asInt()).isEqualTo(4);
	}

	@Test
	void keepsOneReviewAndAnExactTallyWhenTheSameCustomerPostsConcurrently() throws Exception {
		delivered(buyer, line(productId, variantId));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Reply>> posts = new ArrayList<>();
			for (int stars = 1; stars <= 6; stars++) {
				int rating = Math.min(stars, 5);
				posts.add(pool.submit(() -> review(buyerToken, object("rating", rating))));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Reply> post : posts) {
				statuses.add(post.get().status());
			}
			assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(reviewsStored()).isEqualTo(1);
		int kept = jdbc.sql("SELECT rating FROM review WHERE product_id = :id").param("id", productId).query(Integer.class)
			.single();
		assertThat(rating(productId)).isEqualTo(Map.of("average", (double) kept, "count", 1));
	}

	@Test
	void showsTheAverageOfPublishedReviewsOnTheCachedProductPageAndList() {
		String second = "customer-" + UUID.randomUUID();
		delivered(buyer, line(productId, variantId));
		delivered(second, line(productId, variantId));
		Reply before = api.get("/api/v1/products/" + productId);
		api.get("/api/v1/products/" + productSlug);
		assertThat(rating(productId)).isEqualTo(Map.of("average", 0.0, "count", 0));

		review(buyerToken, object("rating", 5));
		review(TestTokens.customer(second), object("rating", 4));

		Reply after = api.get("/api/v1/products/" + productId);
		assertThat(after.etag()).isNotEqualTo(before.etag());
		assertThat(rating(productId)).isEqualTo(Map.of("average", 4.5, "count", 2));
		assertThat(rating(productSlug)).isEqualTo(Map.of("average", 4.5, "count", 2));
		JsonNode tile = summary(productId);
		assertThat(tile.get("rating").get("average").asDouble()).isEqualTo(4.5);
		assertThat(tile.get("rating").get("count").asInt()).isEqualTo(2);
	}

	@Test
	void listsPublishedReviewsNewestFirstPageByPage() {
		String earlier = "customer-" + UUID.randomUUID();
		delivered(earlier, line(productId, variantId));
		delivered(buyer, line(productId, variantId));
		review(TestTokens.customer(earlier), object("rating", 3, "comment", "first"));
		review(buyerToken, object("rating", 4, "comment", "second"));

		Reply first = api.get(reviews() + "?page=1&limit=1");
		Reply next = api.get(reviews() + "?page=2&limit=1");

		assertThat(first.data()).singleElement()
			.satisfies(item -> assertThat(item.get("comment").asString()).isEqualTo("second"));
		assertThat(next.data()).singleElement()
			.satisfies(item -> assertThat(item.get("comment").asString()).isEqualTo("first"));
		assertThat(first.body().get("pagination").get("total").asInt()).isEqualTo(2);
	}

	@Test
	void hidingAReviewTakesItOutOfTheListAndTheRatingUntilItIsPublishedAgain() {
		String other = "customer-" + UUID.randomUUID();
		delivered(buyer, line(productId, variantId));
		delivered(other, line(productId, variantId));
		String id = review(buyerToken, object("rating", 1, "comment", "Arrived squashed")).data().get("id").asString();
		review(TestTokens.customer(other), object("rating", 5));
		assertThat(rating(productId)).isEqualTo(Map.of("average", 3.0, "count", 2));

		Reply hidden = setStatus(id, "HIDDEN", admin);

		assertThat(hidden.status()).isEqualTo(200);
		assertThat(hidden.data().get("status").asString()).isEqualTo("HIDDEN");
		assertThat(api.get(reviews()).data()).extracting(item -> item.get("rating").asInt()).containsExactly(5);
		assertThat(rating(productId)).isEqualTo(Map.of("average", 5.0, "count", 1));
		assertThat(api.get(reviews() + "/mine", buyerToken).data().get("status").asString()).isEqualTo("HIDDEN");

		review(buyerToken, object("rating", 2, "comment", "Edited while hidden"));
		assertThat(rating(productId)).isEqualTo(Map.of("average", 5.0, "count", 1));

		setStatus(id, "PUBLISHED", admin);
		assertThat(rating(productId)).isEqualTo(Map.of("average", 3.5, "count", 2));
		assertThat(api.get(reviews()).data()).hasSize(2);
		// every change of the tally is announced, moderation included; the edit while hidden changed nothing
		assertThat(outboxEvents("product.product.rating-changed", productId))
			.extracting(event -> event.get("ratingAverage").asDouble() + "/" + event.get("ratingCount").asInt())
			.containsExactlyInAnyOrder("1.0/1", "3.0/2", "5.0/1", "3.5/2");
	}

	@Test
	void learnsTheProductFromTheVariantWhenALineNamesNoProduct() {
		delivered(buyer, Map.of("variantId", variantId, "quantity", 1));

		assertThat(review(buyerToken, object("rating", 4)).status()).isEqualTo(201);
	}

	@Test
	void acceptsAReviewAddressedByTheProductsSlug() {
		delivered(buyer, line(productId, variantId));

		Reply reply = api.send(HttpMethod.POST, "/api/v1/products/" + productSlug + "/reviews", buyerToken,
				object("rating", 3));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.data().get("productId").asString()).isEqualTo(productId);
	}

	@Test
	void recordsAPurchaseOnceWhenTheSameEventArrivesTwice() {
		EventEnvelope event = deliveredEvent(buyer, "order-" + UUID.randomUUID(), line(productId, variantId));
		double duplicatesBefore = duplicates();

		publish(event);
		publish(event);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(purchases(buyer)).isEqualTo(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> duplicates() > duplicatesBefore);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
			.param("id", event.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(purchases(buyer)).isEqualTo(1);
		assertThat(review(buyerToken, object("rating", 5)).status()).isEqualTo(201);
	}

	@Test
	void recordsAPurchaseOnceWhenTheOrderIsRepublishedUnderANewEventId() {
		String orderId = "order-" + UUID.randomUUID();
		publish(deliveredEvent(buyer, orderId, line(productId, variantId)));
		EventEnvelope again = deliveredEvent(buyer, orderId, line(productId, variantId));

		publish(again);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT count(*) FROM platform.inbox WHERE event_id = :id")
				.param("id", again.id())
				.query(Integer.class)
				.single() == 1);
		assertThat(purchases(buyer)).isEqualTo(1);
	}

	@Nested
	class Refuses {

		@Test
		void aCustomerWhoNeverHadTheProductDelivered() {
			Reply reply = review(TestTokens.customer(), object("rating", 5));

			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.errorCode()).isEqualTo("REVIEW_NOT_ALLOWED");
		}

		@Test
		void aCustomerWhoseDeliveryWasOfAnotherProduct() {
			String other = newProduct().get("id").asString();
			delivered(buyer, line(other, "any-variant"));

			assertThat(review(buyerToken, object("rating", 5)).errorCode()).isEqualTo("REVIEW_NOT_ALLOWED");
		}

		@Test
		void anOperatorOrRiderWithoutAPurchaseOfTheirOwn() {
			String rider = TestTokens.token("rider-" + UUID.randomUUID(), List.of("RIDER"), TestTokens.ISSUER,
					Duration.ofMinutes(5));

			assertThat(review(admin, object("rating", 5)).errorCode()).isEqualTo("REVIEW_NOT_ALLOWED");
			assertThat(review(rider, object("rating", 5)).errorCode()).isEqualTo("REVIEW_NOT_ALLOWED");
		}

		@Test
		void aUserIdInTheBodyAsAnUnknownField() {
			delivered(buyer, line(productId, variantId));

			Reply reply = review(TestTokens.customer(), object("rating", 5, "userId", buyer));

			assertValidationFailed(reply, "userId");
			assertThat(reviewsStored()).isZero();
		}

		@Test
		void aRatingOutsideOneToFive() {
			delivered(buyer, line(productId, variantId));

			assertValidationFailed(review(buyerToken, object("rating", 6)), "rating");
			assertValidationFailed(review(buyerToken, object("rating", 0)), "rating");
			assertValidationFailed(review(buyerToken, object("comment", "no rating")), "rating");
			assertValidationFailed(review(buyerToken, object("rating", 4.5)), "rating");
			assertThat(review(buyerToken, object("rating", 4.0)).status()).isEqualTo(201);
		}

		@Test
		void aCommentOverAThousandCharacters() {
			delivered(buyer, line(productId, variantId));

			assertValidationFailed(review(buyerToken, object("rating", 4, "comment", "a".repeat(1001))), "comment");
			assertThat(review(buyerToken, object("rating", 4, "comment", "a".repeat(1000))).status()).isEqualTo(201);
		}

		@Test
		void abusiveLanguageAndStoresNothing() {
			delivered(buyer, line(productId, variantId));

			Reply reply = review(buyerToken, object("rating", 1, "comment", "Total bullsh1t, bhenchod"));

			assertThat(reply.status()).isEqualTo(422);
			assertThat(reply.errorCode()).isEqualTo("REVIEW_REJECTED");
			assertThat(reviewsStored()).isZero();
			assertThat(rating(productId)).isEqualTo(Map.of("average", 0.0, "count", 0));
		}

		@Test
		void anAbusiveEditAndKeepsTheReviewAsItWas() {
			delivered(buyer, line(productId, variantId));
			review(buyerToken, object("rating", 4, "comment", "Nice"));

			assertThat(review(buyerToken, object("rating", 1, "comment", "SHIIIT")).status()).isEqualTo(422);

			assertThat(api.get(reviews() + "/mine", buyerToken).data().get("comment").asString()).isEqualTo("Nice");
		}

		@Test
		void anUnknownOrWithdrawnProduct() {
			assertThat(api.send(HttpMethod.POST, "/api/v1/products/no-such-product/reviews", buyerToken,
					object("rating", 5))
				.errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
			assertThat(api.get("/api/v1/products/no-such-product/reviews").status()).isEqualTo(404);
			delivered(buyer, line(productId, variantId));
			api.send(HttpMethod.DELETE, "/api/v1/admin/products/" + productId, admin, null);

			assertThat(review(buyerToken, object("rating", 5)).errorCode()).isEqualTo("PRODUCT_NOT_FOUND");
		}

		@Test
		void aReviewWithoutAToken() {
			assertThat(review(null, object("rating", 5)).status()).isEqualTo(401);
			assertThat(api.get(reviews() + "/mine").status()).isEqualTo(401);
		}

		@Test
		void myReviewBeforeIWroteOne() {
			Reply reply = api.get(reviews() + "/mine", buyerToken);

			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.errorCode()).isEqualTo("REVIEW_NOT_FOUND");
		}

		@Test
		void aStatusChangeByAnyoneButAnOperator() {
			delivered(buyer, line(productId, variantId));
			String id = review(buyerToken, object("rating", 5)).data().get("id").asString();

			assertThat(setStatus(id, "HIDDEN", buyerToken).status()).isEqualTo(403);
			assertThat(api.get(reviews()).data()).hasSize(1);
		}

		@Test
		void aStatusChangeOfAnUnknownReviewOrToAnUnknownStatus() {
			delivered(buyer, line(productId, variantId));
			String id = review(buyerToken, object("rating", 5)).data().get("id").asString();

			assertThat(setStatus("no-such-review", "HIDDEN", admin).errorCode()).isEqualTo("REVIEW_NOT_FOUND");
			assertValidationFailed(setStatus(id, "DELETED", admin), "status");
		}

		private void assertValidationFailed(Reply reply, String field) {
			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(reply.body().get("error").get("details")).extracting(d -> d.get("field").asString())
				.contains(field);
		}
	}

	private JsonNode newProduct() {
		String category = api.send(HttpMethod.POST, "/api/v1/admin/categories", admin, object("name", "Veg " + unique()))
			.data()
			.get("id")
			.asString();
		String farm = api
			.send(HttpMethod.POST, "/api/v1/admin/farms", admin, object("name", "Kolar " + unique(), "state", "Karnataka"))
			.data()
			.get("id")
			.asString();
		return api.send(HttpMethod.POST, "/api/v1/admin/products", admin,
				object("name", "Tomato " + unique(), "categoryId", category, "farmId", farm, "gstRate", 0, "variants",
						List.of(object("unit", "KG", "unitValue", 1, "price", 4000, "mrp", 5000, "initialStock", 3))))
			.data();
	}

	/** Publishes a delivered order for the customer and waits until the service has recorded it. */
	@SafeVarargs
	private void delivered(String userId, Map<String, Object>... lines) {
		int before = purchases(userId);
		publish(deliveredEvent(userId, "order-" + UUID.randomUUID(), lines));
		await().atMost(Duration.ofSeconds(20)).until(() -> purchases(userId) > before);
	}

	@SafeVarargs
	private EventEnvelope deliveredEvent(String userId, String orderId, Map<String, Object>... lines) {
		JsonNode payload = json.valueToTree(Map.of("orderId", orderId, "number", "VK-" + unique(), "userId", userId,
				"deliveredAt", Instant.now().toString(), "lines", List.of(lines)));
		return new EventEnvelope(UUID.randomUUID().toString(), "order.order.delivered", 1, Instant.now(), "order",
				orderId, null, null, payload);
	}

	private void publish(EventEnvelope event) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> rabbitAdmin.getQueueProperties(productOrderDeliveriesQueue.name()) != null);
		rabbit.send(exchange, event.type(), new EventMessages(json).toMessage(event));
	}

	private double duplicates() {
		return meters.find("vurksha.inbox.duplicates")
			.tag("consumer", productOrderDeliveriesQueue.name())
			.counters()
			.stream()
			.mapToDouble(counter -> counter.count())
			.sum();
	}

	private int purchases(String userId) {
		return jdbc.sql("SELECT count(*) FROM verified_purchase WHERE user_id = :userId")
			.param("userId", userId)
			.query(Integer.class)
			.single();
	}

	private int reviewsStored() {
		return jdbc.sql("SELECT count(*) FROM review WHERE product_id = :id")
			.param("id", productId)
			.query(Integer.class)
			.single();
	}

	private Reply review(String token, Object body) {
		return api.send(HttpMethod.POST, reviews(), token, body);
	}

	private Reply setStatus(String reviewId, String status, String token) {
		return api.send(HttpMethod.POST, "/api/v1/admin/reviews/" + reviewId + "/status", token,
				object("status", status));
	}

	private String reviews() {
		return "/api/v1/products/" + productId + "/reviews";
	}

	/** The rating on the public product page, as the app reads it. */
	private Map<String, Object> rating(String idOrSlug) {
		JsonNode rating = api.get("/api/v1/products/" + idOrSlug).data().get("rating");
		return Map.of("average", rating.get("average").asDouble(), "count", rating.get("count").asInt());
	}

	private JsonNode summary(String id) {
		for (JsonNode tile : api.get("/api/v1/products?limit=100&sort=newest").data()) {
			if (tile.get("id").asString().equals(id)) {
				return tile;
			}
		}
		throw new AssertionError("product " + id + " is not in the list");
	}

	private List<JsonNode> outboxEvents(String type, String aggregateId) {
		return jdbc.sql("SELECT payload::text FROM platform.outbox WHERE type = :type AND aggregate_id = :id")
			.param("type", type)
			.param("id", aggregateId)
			.query(String.class)
			.list()
			.stream()
			.map(json::readTree)
			.toList();
	}

	private static Map<String, Object> line(String productId, String variantId) {
		return Map.of("productId", productId, "variantId", variantId, "quantity", 1);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
