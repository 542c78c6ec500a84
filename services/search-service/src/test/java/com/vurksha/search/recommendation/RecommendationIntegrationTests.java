package com.vurksha.search.recommendation;

import static com.vurksha.search.support.Catalogue.id;
import static com.vurksha.search.support.Catalogue.pack;
import static com.vurksha.search.support.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.search.support.SearchIntegrationTest;

/** "Often bought together" and "buy again", counted from delivered orders into this service's own store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationIntegrationTests extends SearchIntegrationTest {

	final String category = id("cat");

	ProductSnapshot bread;

	ProductSnapshot butter;

	ProductSnapshot jam;

	ProductSnapshot honey;

	ProductSnapshot soldOutGhee;

	@BeforeAll
	void indexTheProducts() {
		api = new Api(rest, json);
		bread = indexedProduct("Brown Bread", 10, 4.0);
		butter = indexedProduct("White Butter", 10, 3.0);
		jam = indexedProduct("Mango Jam", 10, 3.5);
		honey = indexedProduct("Forest Honey", 10, 4.9);
		soldOutGhee = indexedProduct("Desi Ghee", 0, 4.2);
	}

	@Test
	void recommendsWhatIsOftenBoughtTogetherThenTheCategorysBestRated() {
		String customer = "user-" + UUID.randomUUID();
		delivered(customer, bread, butter, jam);
		awaitConsumed(delivered(customer, bread, butter));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(recommended("/api/v1/products/" + bread.id()
				+ "/recommendations")).startsWith(butter.id(), jam.id(), honey.id()));
		assertThat(recommended("/api/v1/products/" + bread.id() + "/recommendations")).doesNotContain(bread.id(),
				soldOutGhee.id());
		assertThat(recommended("/api/v1/products/unknown/recommendations")).isEmpty();
	}

	@Test
	void offersTheCustomersMostOrderedProductsInStockToBuyAgain() {
		String customer = "user-" + UUID.randomUUID();
		delivered(customer, jam, soldOutGhee);
		delivered(customer, jam, honey, soldOutGhee);
		awaitConsumed(delivered("user-" + UUID.randomUUID(), butter));

		await().atMost(PATIENCE).untilAsserted(() -> {
			Api.Reply mine = api.get("/api/v1/recommendations/me", TestTokens.customer(customer));
			assertThat(mine.status()).isEqualTo(200);
			assertThat(mine.data().valueStream().map(card -> card.get("productId").asString()))
				.containsExactly(jam.id(), honey.id());
		});
		assertThat(api.get("/api/v1/recommendations/me").status()).isEqualTo(401);
	}

	private List<String> recommended(String path) {
		Api.Reply reply = api.get(path);
		assertThat(reply.status()).isEqualTo(200);
		return reply.data().valueStream().map(card -> card.get("productId").asString()).toList();
	}

	private EventEnvelope delivered(String userId, ProductSnapshot... products) {
		List<Map<String, Object>> lines = java.util.Arrays.stream(products)
			.map(product -> Map.<String, Object>of("productId", product.id(), "variantId",
					product.variants().get(0).id(), "quantity", 1))
			.toList();
		String orderId = "order-" + UUID.randomUUID();
		return publish("order.order.delivered", "order", orderId, Map.of("orderId", orderId, "number", "VK-1",
				"userId", userId, "deliveredAt", "2026-12-06T10:00:00Z", "lines", lines));
	}

	private ProductSnapshot indexedProduct(String name, int stock, double rating) {
		ProductSnapshot product = product(id("p"), name, null, category, id("farm"), List.of(),
				pack(id("v"), "1 piece", "PIECE", 1, 5_000));
		created(product);
		if (stock > 0) {
			stock(product, product.variants().get(0).id(), stock);
		}
		EventEnvelope rated = rated(product, rating, 2);
		awaitConsumed(rated);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(new Api(rest, json)
			.get("/api/v1/search/products?q=" + name.split(" ")[1] + "&category=" + category)
			.body()
			.at("/data/hits/0/rating")
			.asDouble()).isEqualTo(rating));
		return product;
	}
}
