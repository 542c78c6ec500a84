package com.vurksha.gateway.admission;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vurksha.gateway.support.Answer;
import com.vurksha.gateway.support.GatewayClient;
import com.vurksha.gateway.support.StandInServices;

/**
 * The product service stand-in holds every call to {@code /api/v1/products/held} until the test lets go, so the
 * catalogue group's two permits can be kept busy for as long as the test needs; likewise
 * {@code /api/v1/categories/held} for the categories group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.admission.groups[0].name=catalogue-reads",
				"vurksha.admission.groups[0].max-concurrent=2", "vurksha.admission.groups[0].methods=GET",
				"vurksha.admission.groups[0].paths=/api/v1/products/**",
				"vurksha.admission.groups[1].name=categories", "vurksha.admission.groups[1].max-concurrent=2",
				"vurksha.admission.groups[1].paths=/api/v1/categories/**", "vurksha.admission.max-wait=2s" })
class AdmissionControlIntegrationTests {

	static final StandInServices services = new StandInServices();

	static final Hold hold = new Hold();

	static final WireMockServer product = new WireMockServer(
			options().bindAddress("127.0.0.1").dynamicPort().extensions(hold));

	static {
		product.start();
		product.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{}}")));
	}

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void props(DynamicPropertyRegistry registry) {
		services.register(registry);
		registry.add("vurksha.routes.product.uri", product::baseUrl);
	}

	@AfterAll
	static void stopServices() {
		hold.release.countDown();
		product.stop();
		services.stop();
	}

	@Test
	void shedsWhatTheRouteCannotServeBeforeAnyWorkAndServesAgainOnceFree() throws Exception {
		GatewayClient client = new GatewayClient(port);
		List<CompletableFuture<Answer>> held = IntStream.range(0, 2)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get("/api/v1/products/held")))
			.toList();
		assertThat(hold.arrived.tryAcquire(2, 20, TimeUnit.SECONDS)).as("both held calls reached the service").isTrue();

		Answer shed = client.get("/api/v1/products/p1");
		Answer shedDespiteForgedToken = client.get("/api/v1/products/p2",
				"Authorization", "Bearer " + services.tokens.forged("u1"));
		Answer categories = client.get("/api/v1/categories");

		assertThat(shed.status()).isEqualTo(503);
		assertThat(shed.errorCode()).isEqualTo("OVERLOADED");
		assertThat(shed.json().path("error").path("retryable").asBoolean()).isTrue();
		assertThat(shed.header("Retry-After")).isEqualTo("1");
		assertThat(shedDespiteForgedToken.status()).as("shed before the token is even checked").isEqualTo(503);
		assertThat(categories.status()).as("another route group has its own permits").isEqualTo(200);
		product.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/products/p1")));
		product.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/products/p2")));
		assertThat(meters.get(RouteLimit.SHED_METRIC).tag("route", "catalogue-reads").counter().count()).isEqualTo(2);

		hold.release.countDown();
		for (CompletableFuture<Answer> answer : held) {
			assertThat(answer.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
		}
		Answer afterwards = client.get("/api/v1/products/p1");

		assertThat(afterwards.status()).isEqualTo(200);
		product.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/products/p1")));
	}

	@Test
	void aRequestWaitsInLineForAPermitThatComesFreeWithinTheMaximumWait() throws Exception {
		GatewayClient client = new GatewayClient(port);
		List<CompletableFuture<Answer>> held = IntStream.range(0, 2)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get("/api/v1/categories/held")))
			.toList();
		assertThat(hold.arrivedCategories.tryAcquire(2, 20, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(() -> client.get("/api/v1/categories/c1"));
		Thread.sleep(300);
		assertThat(waiting).as("no permit is free yet").isNotDone();
		hold.releaseCategories.countDown();

		assertThat(waiting.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
		for (CompletableFuture<Answer> answer : held) {
			assertThat(answer.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
		}
		assertThat(meters.get(RouteLimit.SHED_METRIC).tag("route", "categories").counter().count()).isZero();
	}

	@Test
	void leavesProbesUnlimited() {
		assertThat(new GatewayClient(port).get("/readyz").status()).isEqualTo(200);
		assertThat(new GatewayClient(port).get("/livez").status()).isEqualTo(200);
	}

	/** Keeps each held call waiting in the stand-in until {@link #release} opens. */
	static final class Hold implements ResponseDefinitionTransformerV2 {

		final CountDownLatch release = new CountDownLatch(1);

		final Semaphore arrived = new Semaphore(0);

		final CountDownLatch releaseCategories = new CountDownLatch(1);

		final Semaphore arrivedCategories = new Semaphore(0);

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			if (event.getRequest().getUrl().startsWith("/api/v1/products/held")) {
				arrived.release();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			if (event.getRequest().getUrl().startsWith("/api/v1/categories/held")) {
				arrivedCategories.release();
				try {
					releaseCategories.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return event.getResponseDefinition();
		}

		@Override
		public String getName() {
			return "hold";
		}
	}
}
