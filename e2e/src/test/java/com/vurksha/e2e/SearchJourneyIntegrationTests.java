package com.vurksha.e2e;

import static com.vurksha.e2e.App.call;
import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.vurksha.client.model.CartItem;
import com.vurksha.client.model.QuantityChange;
import com.vurksha.client.model.VariantView;
import com.vurksha.local.LocalSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A customer finds produce the way it is typed in India and buys it: suggestions while typing, a search in Hinglish
 * whose first hit is the tomato, that product's page, and a pack of it in the cart. Search is called as plain JSON
 * through the gateway, against the documented contract.
 *
 * <p>Runs when the local system starts the search service (a {@code search} entry in
 * {@link LocalSettings#SERVICE_PORTS}), or when asked for with {@code -Dvurksha.e2e.search=true}.
 */
@ExtendWith(RunningSystem.class)
@EnabledIf("searchServiceRuns")
class SearchJourneyIntegrationTests {

	/** The customer whose cart this journey fills, and empties again afterwards. */
	private static final String CUSTOMER = "+919000000001";

	private static Gateway gateway;

	private static App app;

	private static Journeys journeys;

	static boolean searchServiceRuns() {
		return LocalSettings.SERVICE_PORTS.containsKey("search") || Boolean.getBoolean("vurksha.e2e.search");
	}

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		app = new App(system.gatewayUrl());
		journeys = new Journeys(gateway);
	}

	@Test
	void customerSearchesTamatarAndPutsTheTomatoFoundFirstInTheCart() throws Exception {
		String token = journeys.signIn(CUSTOMER);
		App customer = app.as(token);
		// the search engine starts once the services are ready, then the index is built from the catalogue; until
		// then searches are answered degraded, or from an index still empty
		assertThat(eventually(Duration.ofSeconds(90), () -> {
			Gateway.Reply reply = gateway.get("/api/v1/search/products?q=tomato", token);
			return reply.status() == 200 && !reply.envelope().path("meta").path("degraded").asBoolean(false)
					&& !reply.envelope().path("data").path("hits").isEmpty();
		})).as("the search service answers from its built index within 90 s of start").isTrue();
		try {
			Gateway.Reply suggested = gateway.get("/api/v1/search/suggest?q=tom", token);
			assertThat(suggested.status()).as(suggested.envelope().toString()).isEqualTo(200);
			assertThat(suggested.data().isArray()).isTrue();
			assertThat(suggested.data().size()).isBetween(1, 8);
			assertThat(texts(suggested.data())).anySatisfy(text -> assertThat(text).containsIgnoringCase("tomato"));

			Gateway.Reply found = gateway.get("/api/v1/search/products?q=tamatar", token);
			assertThat(found.status()).as(found.envelope().toString()).isEqualTo(200);
			assertThat(found.envelope().path("meta").path("degraded").asBoolean(false))
				.as("answered by the search engine, not the product service's fallback").isFalse();
			JsonNode first = found.data().path("hits").path(0);
			assertThat(first.path("name").asString()).containsIgnoringCase("tomato");
			assertThat(first.path("nameHi").asString()).contains("टमाटर");
			assertThat(first.path("inStock").asBoolean()).isTrue();
			assertThat(first.path("priceFrom").asLong()).isPositive();

			String productId = first.path("productId").asString();
			String variantId = call(() -> app.catalogue().getProduct(productId)).getData()
				.getVariants()
				.stream()
				.filter(variant -> Boolean.TRUE.equals(variant.getInStock()))
				.map(VariantView::getId)
				.findFirst()
				.orElseThrow(() -> new AssertionError(productId + " was found in stock but has no pack in stock"));
			assertThat(customer.cart().setCartItemWithHttpInfo(variantId, new QuantityChange().quantity(1))
				.getStatusCode()).isEqualTo(200);
			assertThat(customer.cart().getCart().getData().getItems()).extracting(CartItem::getProductId)
				.contains(productId);
		}
		finally {
			customer.cart().clearCart();
		}
	}

	private static List<String> texts(JsonNode suggestions) {
		return suggestions.valueStream().map(suggestion -> suggestion.path("text").asString()).toList();
	}
}
