package com.vurksha.search.query;

import static com.vurksha.search.support.Catalogue.id;
import static com.vurksha.search.support.Catalogue.pack;
import static com.vurksha.search.support.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platformtest.Api;
import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.search.support.Catalogue;
import com.vurksha.search.support.SearchIntegrationTest;
import com.vurksha.search.support.SearchNode;
import tools.jackson.databind.JsonNode;

/**
 * Searches against the embedded OpenSearch node, over a small catalogue indexed from product events: typos, prefixes,
 * Hindi names in Devanagari, Hinglish spellings through the synonym list, pack sizes, filters, facets and orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchIntegrationTests extends SearchIntegrationTest {

	@Autowired
	private Environment environment;

	static final String VEGETABLES = id("cat-veg");

	static final String FRUITS = id("cat-fruit");

	static final String KOLAR = id("farm-kolar");

	static final String RATNAGIRI = id("farm-ratnagiri");

	final ProductSnapshot tomato = product(id("tomato"), "Desi Tomato", "देसी टमाटर", VEGETABLES, KOLAR, List.of(),
			pack(id("v"), "1 kg", "KG", 1, 4_000), pack(id("v"), "500 g", "G", 500, 2_200));

	final ProductSnapshot cherryTomato = product(id("cherry"), "Cherry Tomato", "चेरी टमाटर", VEGETABLES, KOLAR,
			List.of(), pack(id("v"), "250 g", "G", 250, 9_000));

	final ProductSnapshot onion = product(id("onion"), "Nashik Onion", "नासिक प्याज", VEGETABLES, KOLAR, List.of(),
			pack(id("v"), "1 kg", "KG", 1, 3_500));

	final ProductSnapshot potatoKilo = product(id("potato"), "Potato", "आलू", VEGETABLES, KOLAR, List.of(),
			pack(id("v"), "1 kg", "KG", 1, 3_000));

	final ProductSnapshot potatoSack = product(id("potato-sack"), "Potato Sack", "आलू बोरी", VEGETABLES, KOLAR,
			List.of(), pack(id("v"), "5 kg", "KG", 5, 13_000));

	final ProductSnapshot mango = product(id("mango"), "Alphonso Mango", "हापुस आम", FRUITS, RATNAGIRI,
			List.of("organic"), pack(id("v"), "1 dozen", "DOZEN", 1, 90_000));

	final ProductSnapshot mangoPulp = product(id("pulp"), "Mango Pulp", "आम का गूदा", FRUITS, RATNAGIRI, List.of(),
			pack(id("v"), "500 g", "G", 500, 25_000));

	final ProductSnapshot banana = product(id("banana"), "Robusta Banana", "केला", FRUITS, RATNAGIRI, List.of(),
			pack(id("v"), "1 dozen", "DOZEN", 1, 6_000));

	final ProductSnapshot hiddenTomato = product(id("hidden"), "Tomato Seconds", "टमाटर", VEGETABLES, KOLAR,
			List.of(), pack(id("v"), "1 kg", "KG", 1, 1_000));

	@BeforeAll
	void indexTheCatalogue() {
		api = new Api(rest, json);
		List<EventEnvelope> published = new ArrayList<>();
		for (ProductSnapshot product : List.of(tomato, cherryTomato, onion, potatoKilo, potatoSack, mango, mangoPulp,
				banana, hiddenTomato)) {
			published.add(created(product));
			if (product != banana && product != cherryTomato) {
				product.variants().forEach(variant -> published.add(stock(product, variant.id(), 20)));
			}
		}
		published.add(deactivated(hiddenTomato));
		published.forEach(this::awaitConsumed);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(hits("inStock=true&farm=" + KOLAR + "&limit=50")).containsExactlyInAnyOrder(
					tomato.id(), onion.id(), potatoKilo.id(), potatoSack.id()));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(hits("farm=" + RATNAGIRI + "&limit=50")).hasSize(3));
	}

	@Test
	void toleratesOneTypoFromFourLettersAndTwoFromEight() {
		assertThat(hits("q=tomatoe")).first().isEqualTo(tomato.id());
		assertThat(hits("q=onoin")).first().isEqualTo(onion.id());
		assertThat(hits("q=alphanzo")).first().isEqualTo(mango.id());
		// three letters: no edit allowed, so "tmo" matches nothing
		assertThat(hits("q=tmo")).isEmpty();
	}

	@Test
	void completesPrefixes() {
		assertThat(hits("q=tom")).containsExactly(tomato.id(), cherryTomato.id());
		assertThat(hits("q=alph")).containsExactly(mango.id());
	}

	@Test
	void findsHindiNamesInDevanagari() {
		assertThat(hits("q=प्याज")).first().isEqualTo(onion.id());
		assertThat(hits("q=टमाटर")).first().isEqualTo(tomato.id());
	}

	@Test
	void findsHinglishSpellingsThroughTheSynonymList() {
		assertThat(hits("q=pyaaz")).first().isEqualTo(onion.id());
		assertThat(hits("q=pyaz")).first().isEqualTo(onion.id());
		assertThat(hits("q=tamatar")).first().isEqualTo(tomato.id());
		assertThat(hits("q=kela")).containsExactly(banana.id());
	}

	@Test
	void prefersThePackSizeTyped() {
		assertThat(hits("q=aloo 1kg")).first().isEqualTo(potatoKilo.id());
		assertThat(hits("q=aloo 5 kg")).first().isEqualTo(potatoSack.id());
		assertThat(hits("q=mango dozen")).first().isEqualTo(mango.id());
	}

	@Test
	void putsOrganicProduceFirstForOrganicSearches() {
		assertThat(hits("q=organic mango")).first().isEqualTo(mango.id());
	}

	@Test
	void ranksSoldOutProductsAfterThoseInStock() {
		assertThat(hits("q=tomato")).containsExactly(tomato.id(), cherryTomato.id());
		assertThat(hits("category=" + FRUITS + "&sort=price_asc")).containsExactly(mangoPulp.id(), mango.id(),
				banana.id());
		assertThat(hits("category=" + FRUITS + "&sort=price_desc")).containsExactly(mango.id(), mangoPulp.id(),
				banana.id());
	}

	@Test
	void neverReturnsHiddenProducts() {
		assertThat(hits("q=seconds")).isEmpty();
		assertThat(hits("q=tomato&limit=50")).doesNotContain(hiddenTomato.id());
	}

	@Test
	void narrowsByFilters() {
		assertThat(hits("q=mango&inStock=true")).containsExactlyInAnyOrder(mango.id(), mangoPulp.id());
		assertThat(hits("category=" + FRUITS + "&inStock=false")).containsExactly(banana.id());
		assertThat(hits("organic=true&category=" + FRUITS)).containsExactly(mango.id());
		assertThat(hits("farm=" + RATNAGIRI + "&minPrice=20000&maxPrice=30000")).containsExactly(mangoPulp.id());
		// tomato is shown from its 500 g pack at ₹22
		assertThat(hits("q=a&farm=" + KOLAR + "&sort=price_asc&limit=2")).containsExactly(tomato.id(),
				potatoKilo.id());
	}

	@Test
	void countsFacetsOfEverythingMatched() {
		Api.Reply reply = api.get("/api/v1/search/products?farm=" + RATNAGIRI + "&limit=1");

		JsonNode facets = reply.body().at("/data/facets");
		assertThat(reply.body().at("/pagination/total").asLong()).isEqualTo(3);
		assertThat(facets.at("/categories/0/id").asString()).isEqualTo(FRUITS);
		assertThat(facets.at("/categories/0/count").asLong()).isEqualTo(3);
		assertThat(facets.at("/organic/true").asLong()).isEqualTo(1);
		assertThat(facets.at("/organic/false").asLong()).isEqualTo(2);
		assertThat(facets.at("/farms/0/count").asLong()).isEqualTo(3);
		assertThat(facets.get("priceRanges").valueStream().mapToLong(range -> range.get("count").asLong()).sum())
			.isEqualTo(3);
		assertThat(reply.body().at("/data/hits/0/highlight").isNull()).isTrue();
		assertThat(reply.body().at("/meta/degraded").isMissingNode()).isTrue();
	}

	@Test
	void highlightsTheMatchedWordsOfTheName() {
		Api.Reply reply = api.get("/api/v1/search/products?q=onion");

		assertThat(reply.body().at("/data/hits/0/highlight").asString()).isEqualTo("Nashik <em>Onion</em>");
		assertThat(reply.body().at("/data/hits/0/nameHi").asString()).isEqualTo("नासिक प्याज");
		assertThat(reply.body().at("/data/hits/0/priceFrom").asLong()).isEqualTo(3_500);
		assertThat(reply.body().at("/data/hits/0/inStock").asBoolean()).isTrue();
	}

	@Test
	void suggestsCompletionsInEnglishAndDevanagari() {
		JsonNode english = api.get("/api/v1/search/suggest?q=to").body().get("data");
		JsonNode hindi = api.get("/api/v1/search/suggest?q=प्या").body().get("data");

		assertThat(english.valueStream().map(suggestion -> suggestion.get("text").asString()))
			.contains("Desi Tomato", "Cherry Tomato");
		assertThat(english.size()).isLessThanOrEqualTo(8);
		assertThat(hindi.valueStream().map(suggestion -> suggestion.get("text").asString()))
			.containsExactly("नासिक प्याज");
		assertThat(api.get("/api/v1/search/suggest?q=t").body().get("data")).isEmpty();
	}

	@Test
	void makesAProductEditSearchableWithinTwoSeconds() {
		ProductSnapshot renamed = Catalogue.renamed(onion, "Nashik Onion Shallots");
		long start = System.nanoTime();
		updated(renamed);

		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
			.until(() -> hits("q=shallots").contains(onion.id()));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void followsStockAndRatingChanges() {
		ProductSnapshot sprouts = product(id("sprouts"), "Moong Sprouts", null, VEGETABLES, KOLAR, List.of(),
				pack(id("v"), "200 g", "G", 200, 4_000));
		created(sprouts);
		await().atMost(PATIENCE).until(() -> hits("q=sprouts&inStock=false").contains(sprouts.id()));

		stock(sprouts, sprouts.variants().get(0).id(), 5);
		rated(sprouts, 4.8, 12);

		await().atMost(PATIENCE).untilAsserted(() -> {
			Api.Reply reply = api.get("/api/v1/search/products?q=sprouts");
			assertThat(reply.body().at("/data/hits/0/inStock").asBoolean()).isTrue();
			assertThat(reply.body().at("/data/hits/0/rating").asDouble()).isEqualTo(4.8);
		});
	}

	@Test
	void letsTheGatewayAndCdnsKeepAnAnswerFromTheIndexForASecond() {
		assertThat(api.get("/api/v1/search/products?q=onion").headers().getCacheControl())
			.isEqualTo("max-age=1, public");
		assertThat(api.get("/api/v1/search/suggest?q=on").headers().getCacheControl()).isEqualTo("max-age=1, public");
	}

	@Test
	void asksTheEngineToKeepTheMatchesOfARepeatedSearch() {
		hits("q=tomatoes&sort=rating");
		long before = requestCacheHits();
		hits("q=tomatoes&sort=rating");
		api.get("/api/v1/search/suggest?q=tomat");
		api.get("/api/v1/search/suggest?q=tomat");

		assertThat(requestCacheHits()).isGreaterThanOrEqualTo(before + 2);
	}

	/** How often the engine answered a search of the test's index from its request cache. */
	private long requestCacheHits() {
		return json.readTree(rest.getRestTemplate().getForObject(
				SearchNode.url() + "/" + environment.getProperty("vurksha.search.opensearch.alias") + "/_stats/request_cache",
				String.class)).at("/_all/total/request_cache/hit_count").asLong();
	}

	@Test
	void writesTheIndexOnlyWhenAPackSellsOutOrComesBack() {
		ProductSnapshot beans = product(id("beans"), "Cluster Beans", null, VEGETABLES, KOLAR, List.of(),
				pack(id("v"), "250 g", "G", 250, 3_000));
		String variant = beans.variants().get(0).id();
		created(beans);
		awaitConsumed(stock(beans, variant, 5));
		await().atMost(PATIENCE).until(() -> hits("q=cluster&inStock=true").contains(beans.id()));
		long sellable = documentVersion(beans.id());

		// an order took two of five: still for sale, nothing to write
		awaitConsumed(stock(beans, variant, 3));
		assertThat(documentVersion(beans.id())).isEqualTo(sellable);

		awaitConsumed(stock(beans, variant, 0));
		assertThat(documentVersion(beans.id())).isGreaterThan(sellable);
		await().atMost(PATIENCE).until(() -> hits("q=cluster&inStock=false").contains(beans.id()));
	}

	/** The engine's version of a product's document: it grows with every write of the document. */
	private long documentVersion(String productId) {
		return json.readTree(rest.getRestTemplate().getForObject(
				SearchNode.url() + "/" + environment.getProperty("vurksha.search.opensearch.alias") + "/_doc/" + productId,
				String.class)).path("_version").asLong();
	}

	@Nested
	class RefusesSearchesWithoutWordsOrFilters {

		@Test
		void emptyOrOneCharacterQueries() {
			assertThat(api.get("/api/v1/search/products").status()).isEqualTo(400);
			assertThat(api.get("/api/v1/search/products?q=").status()).isEqualTo(400);
			Api.Reply oneLetter = api.get("/api/v1/search/products?q=t");
			assertThat(oneLetter.status()).isEqualTo(400);
			assertThat(oneLetter.body().at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
			assertThat(api.get("/api/v1/search/products?q=t&inStock=true").status()).isEqualTo(200);
		}

		@Test
		void unknownSortsAndImpossiblePrices() {
			assertThat(api.get("/api/v1/search/products?q=tomato&sort=cheapest").status()).isEqualTo(400);
			assertThat(api.get("/api/v1/search/products?q=tomato&minPrice=-1").status()).isEqualTo(400);
			assertThat(api.get("/api/v1/search/products?q=tomato&minPrice=500&maxPrice=100").status()).isEqualTo(400);
			assertThat(api.get("/api/v1/search/products?q=tomato&limit=500").status()).isEqualTo(400);
		}
	}
}
