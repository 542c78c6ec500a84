package com.vurksha.gateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/**
 * The product service stand-in answers catalogue reads with an ETag and {@code Cache-Control: public, max-age=30};
 * reads under {@code /api/v1/farms/private-*} and {@code /api/v1/farms/uncached-*} say the answer must not be kept.
 * Each test reads paths of its own, so they do not share cached answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// every request here is anonymous from 127.0.0.1: limits out of the way, the rate limiter has tests of its own
		properties = { "vurksha.catalogue-cache.ttl=10s", "vurksha.rate-limit.anonymous.per-second=1000",
				"vurksha.rate-limit.anonymous.burst=1000" })
class CatalogueCacheIntegrationTests {

	static final StandInServices services = new StandInServices();

	static {
		services.product.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(catalogueAnswer("public, max-age=30")));
		services.product.stubFor(
				get(urlPathMatching("/api/v1/farms/private-.*")).willReturn(catalogueAnswer("private, max-age=30")));
		services.product.stubFor(get(urlPathMatching("/api/v1/farms/uncached-.*")).willReturn(catalogueAnswer("no-cache")));
		services.product.stubFor(
				get(urlPathMatching("/api/v1/farms/plain-.*")).willReturn(catalogueAnswer("max-age=30")));
		// the search service: answers from its index may be kept a second, degraded ones never
		services.search.stubFor(
				get(urlPathMatching("/api/v1/search/.*")).willReturn(catalogueAnswer("max-age=1, public")));
		services.search.stubFor(get(urlEqualTo("/api/v1/search/products?q=degraded"))
			.willReturn(catalogueAnswer("no-store")));
		// the file service's CDN origin: content-addressed pictures, immutable
		services.file.stubFor(get(urlPathMatching("/cdn/p/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "image/webp")
			.withHeader("Cache-Control", "public, max-age=31536000, immutable")
			.withHeader("ETag", "\"picture\"")
			.withBody(new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P' })));
	}

	@LocalServerPort
	int port;

	static final ManualTicker ticker = new ManualTicker();

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
	}

	@AfterAll
	static void stopServices() {
		services.stop();
	}

	@Test
	void servesTheSecondIdenticalReadWithoutCallingTheService() {
		GatewayClient client = gateway();

		Answer first = client.get("/api/v1/products?limit=20&page=1");
		Answer second = client.get("/api/v1/products?limit=20&page=1");

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
		assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=30");
		assertThat(second.header("Content-Type")).startsWith("application/json");
		services.product.verify(1, getRequestedFor(urlEqualTo("/api/v1/products?limit=20&page=1")));
	}

	@Test
	void keepsASearchAnswerForTheSecondTheSearchServiceAllowsButNeverADegradedOne() {
		GatewayClient client = gateway();

		client.get("/api/v1/search/products?q=tamatar");
		client.get("/api/v1/search/products?q=tamatar");
		client.get("/api/v1/search/suggest?q=ta");
		client.get("/api/v1/search/suggest?q=ta");
		services.search.verify(1, getRequestedFor(urlEqualTo("/api/v1/search/products?q=tamatar")));
		services.search.verify(1, getRequestedFor(urlEqualTo("/api/v1/search/suggest?q=ta")));

		ticker.advance(Duration.ofMillis(1_100));
		client.get("/api/v1/search/products?q=tamatar");
		services.search.verify(2, getRequestedFor(urlEqualTo("/api/v1/search/products?q=tamatar")));

		client.get("/api/v1/search/products?q=degraded");
		client.get("/api/v1/search/products?q=degraded");
		services.search.verify(2, getRequestedFor(urlEqualTo("/api/v1/search/products?q=degraded")));
	}

	@Test
	void keepsAProductPictureAsTheCdnWouldSoTheStorageIsReadOncePerTtl() {
		GatewayClient client = gateway();
		String picture = "/cdn/p/" + "c".repeat(64) + ".webp";

		Answer first = client.get(picture);
		Answer second = client.get(picture);

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.header("Content-Type")).isEqualTo("image/webp");
		assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
		assertThat(second.body()).isEqualTo(first.body());
		services.file.verify(1, getRequestedFor(urlEqualTo(picture)));
	}

	@Test
	void callsTheServiceForADifferentQuery() {
		GatewayClient client = gateway();

		client.get("/api/v1/products?limit=20&page=2");
		client.get("/api/v1/products?limit=10&page=2");

		services.product.verify(1, getRequestedFor(urlEqualTo("/api/v1/products?limit=20&page=2")));
		services.product.verify(1, getRequestedFor(urlEqualTo("/api/v1/products?limit=10&page=2")));
	}

	@Test
	void answersNotModifiedFromTheCacheWhenTheTagMatches() {
		GatewayClient client = gateway();
		String etag = client.get("/api/v1/categories?tree=etag").header("ETag");

		Answer conditional = client.get("/api/v1/categories?tree=etag", "If-None-Match", etag);
		Answer otherTag = client.get("/api/v1/categories?tree=etag", "If-None-Match", "\"v0\"");

		assertThat(conditional.status()).isEqualTo(304);
		assertThat(conditional.body()).isEmpty();
		assertThat(conditional.header("ETag")).isEqualTo(etag);
		assertThat(otherTag.status()).isEqualTo(200);
		services.product.verify(1, getRequestedFor(urlEqualTo("/api/v1/categories?tree=etag")));
	}

	@Test
	void callsTheServiceAgainOnceTheAnswerHasExpired() {
		GatewayClient client = gateway();
		client.get("/api/v1/farms/expiring");

		ticker.advance(Duration.ofSeconds(9));
		client.get("/api/v1/farms/expiring");
		services.product.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/farms/expiring")));

		ticker.advance(Duration.ofSeconds(2));
		client.get("/api/v1/farms/expiring");
		services.product.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/farms/expiring")));
	}

	@Test
	void keepsAPublicAnswerForCallersWithATokenToo() {
		String token = "Bearer " + services.tokens.customer("u1");
		gateway().get("/api/v1/farms/shared", "Authorization", token);
		gateway().get("/api/v1/farms/shared");

		services.product.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/farms/shared")));
	}

	@Test
	void doesNotKeepAnAnswerTheServiceMarksPrivate() {
		readTwice("/api/v1/farms/private-1");

		services.product.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/farms/private-1")));
	}

	@Test
	void doesNotKeepAnAnswerTheServiceMarksNoCache() {
		readTwice("/api/v1/farms/uncached-1");

		services.product.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/farms/uncached-1")));
	}

	@Test
	void doesNotKeepAnAnswerToACallerWithATokenUnlessTheServiceMarksItPublic() {
		String token = "Bearer " + services.tokens.customer("u1");
		gateway().get("/api/v1/farms/plain-1", "Authorization", token);
		gateway().get("/api/v1/farms/plain-1", "Authorization", token);

		services.product.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/farms/plain-1")));
	}

	@Test
	void doesNotKeepAWrite() {
		gateway().send("PUT", "/api/v1/farms/written", "{}");
		gateway().send("PUT", "/api/v1/farms/written", "{}");

		services.product.verify(2, anyRequestedFor(urlPathEqualTo("/api/v1/farms/written")));
	}

	@Test
	void doesNotKeepAReadOutsideTheCatalogue() {
		readTwice("/api/v1/products/p1/reviews");

		services.product.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/products/p1/reviews")));
	}

	private void readTwice(String path) {
		gateway().get(path);
		gateway().get(path);
	}

	private GatewayClient gateway() {
		return new GatewayClient(port);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder catalogueAnswer(
			String cacheControl) {
		return aResponse().withHeader("Content-Type", "application/json")
			.withHeader("ETag", "W/\"v1\"")
			.withHeader("Cache-Control", cacheControl)
			.withBody("{\"data\":[{\"id\":\"p1\"}]}");
	}

	@TestConfiguration
	static class ManualClock {

		@Bean
		Ticker catalogueCacheTicker() {
			return ticker;
		}
	}

	/** Caffeine's clock, moved by the tests instead of by waiting. */
	static final class ManualTicker implements Ticker {

		private final AtomicLong nanos = new AtomicLong();

		@Override
		public long read() {
			return nanos.get();
		}

		void advance(Duration duration) {
			nanos.addAndGet(duration.toNanos());
		}
	}
}
