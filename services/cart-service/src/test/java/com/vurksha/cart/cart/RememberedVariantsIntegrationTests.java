package com.vurksha.cart.cart;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.cart.support.FakeProductService;
import com.vurksha.cart.support.FakeProductService.Variant;
import com.vurksha.cart.support.TestServiceTokens;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart uses a variant's answer from the product service again for a short while, shared by every cart, and asks
 * only for the variants it does not have. Remembered here for 10 minutes, so the test cannot race the expiry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
class RememberedVariantsIntegrationTests {

	static final FakeProductService products = new FakeProductService();

	static final Variant TOMATO = Variant.of("var-tomato-kg1", "Tomato", 4000);

	static final Variant ONION = Variant.of("var-onion-kg1", "Onion", 3000);

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		registry.add("vurksha.catalogue.product-service-url", products::baseUrl);
		registry.add("vurksha.catalogue.remember", () -> "10m");
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JsonMapper json;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(rest, json);
		products.ensureRunning();
		products.knows(TOMATO, ONION);
	}

	@AfterAll
	static void stop() {
		products.stop();
	}

	@Test
	void asksTheProductServiceOnlyForVariantsNoCartHasAskedForLately() {
		String first = customer();
		String second = customer();

		Reply added = put(first, TOMATO.variantId(), 2);
		List<String> askedFirst = products.variantIdsAsked();
		// the product service changes its price; knowing anew also clears what it was asked so far
		products.knows(TOMATO.withPrice(4500), ONION);
		Reply sameVariantOtherCart = put(second, TOMATO.variantId(), 1);
		Reply newVariant = put(second, ONION.variantId(), 1);

		assertThat(added.status()).isEqualTo(200);
		assertThat(askedFirst).containsExactly(TOMATO.variantId());
		assertThat(sameVariantOtherCart.status()).isEqualTo(200);
		assertThat(sameVariantOtherCart.data().get("items").get(0).get("unitPrice").asLong())
			.as("the answer of a moment ago, shared by every cart").isEqualTo(4000);
		assertThat(newVariant.status()).isEqualTo(200);
		assertThat(products.variantIdsAsked()).as("only the variant no cart had asked for").containsExactly(ONION.variantId());
	}

	@Test
	void remembersNothingOfAVariantTheProductServiceDoesNotKnow() {
		String customer = customer();

		Reply first = put(customer, "var-unknown", 1);
		Reply again = put(customer, "var-unknown", 1);

		assertThat(first.status()).isEqualTo(again.status()).isBetween(400, 499);
		assertThat(products.variantIdsAsked()).containsExactly("var-unknown", "var-unknown");
	}

	private Reply put(String customerToken, String variantId, int quantity) {
		return api.send(HttpMethod.PUT, "/api/v1/cart/items/" + variantId, customerToken, object("quantity", quantity));
	}

	private static String customer() {
		return TestTokens.token("customer-" + UUID.randomUUID(), List.of("CUSTOMER"), TestTokens.ISSUER,
				Duration.ofMinutes(15));
	}
}
