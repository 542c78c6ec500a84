package com.vurksha.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.idempotency.IdempotencyKeys;
import com.vurksha.platform.request.RequestIds;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service clients against a WireMock server on loopback standing in for another service. */
class ServiceClientsTests {

	/** Short timeouts and a small breaker window; the read timeout leaves room for a cold first call on a busy machine. */
	private static final ClientSettings FAST = new ClientSettings(Duration.ofMillis(500), Duration.ofMillis(2000), 3,
			Duration.ofMillis(10), Duration.ofMillis(20), 50, 4, 4, Duration.ofMinutes(1), false, null);

	/** As the application's own mapper is configured: strict, for its API's sake. */
	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	record Product(String id, String name) {
	}

	private static RestClient.Builder strictBuilder() {
		return RestClient.builder()
			.configureMessageConverters(converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(STRICT)));
	}

	/** An answer whose status line the client cannot read, as when the connection breaks mid-response. */
	private static final class UnreadableStatus implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			throw new IOException("connection reset");
		}

		@Override
		public String getStatusText() throws IOException {
			throw new IOException("connection reset");
		}

		@Override
		public HttpHeaders getHeaders() {
			return new HttpHeaders();
		}

		@Override
		public InputStream getBody() {
			return InputStream.nullInputStream();
		}

		@Override
		public void close() {
		}
	}

	private final WireMockServer upstream = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

	private final ServiceClients clients = new ServiceClients(ServiceClientsTests::strictBuilder,
			name -> name.equals("product") ? FAST.forwardingAuthorization() : FAST, breakers, RetryRegistry.ofDefaults(),
			STRICT, Clock.systemUTC());

	private RestClient client;

	@BeforeEach
	void start() {
		upstream.start();
		client = clients.create("product", upstream.baseUrl());
	}

	@AfterEach
	void stop() {
		upstream.stop();
		MDC.clear();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void passesTheRequestIdAndTheCallersTokenDownstream() {
		upstream.stubFor(get("/api/v1/products/p1").willReturn(okJson("{\"id\":\"p1\"}")));
		MDC.put(RequestIds.MDC_KEY, "req_checkout_1");
		MockHttpServletRequest incoming = new MockHttpServletRequest();
		incoming.addHeader("Authorization", "Bearer caller-token");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(incoming));

		Map<String, Object> body = client.get().uri("/api/v1/products/p1").retrieve().body(new ParameterizedTypeReference<>() {
		});

		assertThat(body).containsEntry("id", "p1");
		upstream.verify(getRequestedFor(urlEqualTo("/api/v1/products/p1"))
			.withHeader("X-Request-Id", equalTo("req_checkout_1"))
			.withHeader("Authorization", equalTo("Bearer caller-token")));
	}

	@Test
	void callsInternalEndpointsWithTheServiceTokenAndTheCustomerOnlyAsContext() {
		upstream.stubFor(get("/internal/v1/cart").willReturn(okJson("{\"version\":1}")));
		MockHttpServletRequest incoming = new MockHttpServletRequest();
		incoming.addHeader("Authorization", "Bearer customer-token");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(incoming));
		ServiceClients internal = new ServiceClients(ServiceClientsTests::strictBuilder,
				name -> FAST.forwardingAuthorization().withAudience("cart-service"), breakers, RetryRegistry.ofDefaults(),
				STRICT, Clock.systemUTC(), audience -> "service-token-for-" + audience);

		internal.create("cart", upstream.baseUrl()).get().uri("/internal/v1/cart").retrieve().toBodilessEntity();

		upstream.verify(getRequestedFor(urlEqualTo("/internal/v1/cart"))
			.withHeader("Authorization", equalTo("Bearer service-token-for-cart-service"))
			.withHeader("X-Customer-Token", equalTo("customer-token")));
	}

	@Test
	void callsInternalEndpointsWithoutACustomerWhenThereIsNone() {
		upstream.stubFor(get("/internal/v1/cart").willReturn(okJson("{\"version\":1}")));
		ServiceClients internal = new ServiceClients(ServiceClientsTests::strictBuilder,
				name -> FAST.withAudience("cart-service"), breakers, RetryRegistry.ofDefaults(), STRICT,
				Clock.systemUTC(), audience -> "service-token");

		internal.create("cart", upstream.baseUrl()).get().uri("/internal/v1/cart").retrieve().toBodilessEntity();

		upstream.verify(getRequestedFor(urlEqualTo("/internal/v1/cart"))
			.withHeader("Authorization", equalTo("Bearer service-token"))
			.withoutHeader("X-Customer-Token"));
	}

	@Test
	void refusesToMakeAnInternalClientWithoutServiceTokens() {
		ServiceClients withoutIdentity = new ServiceClients(ServiceClientsTests::strictBuilder,
				name -> FAST.withAudience("cart-service"), breakers, RetryRegistry.ofDefaults(), STRICT,
				Clock.systemUTC());

		assertThatThrownBy(() -> withoutIdentity.create("cart", upstream.baseUrl()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("vurksha.service-identity");
	}

	@Test
	void neverForwardsTheCallersTokenToAClientNotConfiguredForIt() {
		upstream.stubFor(post("/v1/sms").willReturn(okJson("{}")));
		MockHttpServletRequest incoming = new MockHttpServletRequest();
		incoming.addHeader("Authorization", "Bearer caller-token");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(incoming));

		clients.create("sms-provider", upstream.baseUrl()).post().uri("/v1/sms").retrieve().toBodilessEntity();

		upstream.verify(postRequestedFor(urlEqualTo("/v1/sms")).withoutHeader("Authorization")
			.withHeader("X-Request-Id", matching("req_.+")));
	}

	@Test
	void readsAnAnswerCarryingFieldsItDoesNotKnow() {
		upstream.stubFor(get("/api/v1/products/p1")
			.willReturn(okJson("{\"id\":\"p1\",\"name\":\"Tomato\",\"addedLater\":{\"x\":1}}")));

		Product product = client.get().uri("/api/v1/products/p1").retrieve().body(Product.class);

		assertThat(product).isEqualTo(new Product("p1", "Tomato"));
	}

	@Test
	void makesARequestIdOutsideARequest() {
		upstream.stubFor(get("/ping").willReturn(okJson("{}")));

		client.get().uri("/ping").retrieve().toBodilessEntity();

		upstream.verify(getRequestedFor(urlEqualTo("/ping")).withHeader("X-Request-Id", matching("req_[a-z0-9]{20}")));
	}

	@Test
	void rejectsNamesThatCannotBeConfigured() {
		assertThatThrownBy(() -> clients.create("Product Service", upstream.baseUrl()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Nested
	class Retries {

		@Test
		void retriesAnIdempotentCallThatFailedWith5xx() {
			upstream.stubFor(get("/stock").willReturn(aResponse().withStatus(503)));

			assertThatThrownBy(() -> client.get().uri("/stock").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.retryAfter()).isPositive();
				});
			upstream.verify(3, getRequestedFor(urlEqualTo("/stock")));
		}

		@Test
		void answersWithTheLaterSuccess() {
			upstream.stubFor(get("/stock").inScenario("flaky")
				.whenScenarioStateIs("Started")
				.willReturn(aResponse().withStatus(500))
				.willSetStateTo("recovered"));
			upstream.stubFor(get("/stock").inScenario("flaky")
				.whenScenarioStateIs("recovered")
				.willReturn(okJson("{\"available\":7}")));

			Map<String, Object> body = client.get().uri("/stock").retrieve().body(new ParameterizedTypeReference<>() {
		});

			assertThat(body).containsEntry("available", 7);
			upstream.verify(2, getRequestedFor(urlEqualTo("/stock")));
		}

		@Test
		void neverRepeatsAPostWithoutAnIdempotencyKey() {
			upstream.stubFor(post("/orders").willReturn(aResponse().withStatus(502)));

			assertThatThrownBy(() -> client.post().uri("/orders").body(Map.of("a", 1)).retrieve().toBodilessEntity())
				.isInstanceOf(ApiException.class);
			upstream.verify(1, postRequestedFor(urlEqualTo("/orders")));
		}

		@Test
		void repeatsAPostCarryingAnIdempotencyKey() {
			upstream.stubFor(post("/payments").willReturn(aResponse().withStatus(502)));

			assertThatThrownBy(() -> client.post()
				.uri("/payments")
				.header(IdempotencyKeys.HEADER, "key-1")
				.body(Map.of("orderId", "o1"))
				.retrieve()
				.toBodilessEntity()).isInstanceOf(ApiException.class);
			upstream.verify(3, postRequestedFor(urlEqualTo("/payments")).withRequestBody(equalTo("{\"orderId\":\"o1\"}")));
		}

		@Test
		void repeatsPuts() {
			upstream.stubFor(put("/inventory/v1").willReturn(aResponse().withStatus(500)));

			assertThatThrownBy(() -> client.put().uri("/inventory/v1").body(Map.of("q", 1)).retrieve().toBodilessEntity())
				.isInstanceOf(ApiException.class);
			upstream.verify(3, putRequestedFor(urlEqualTo("/inventory/v1")));
		}

		@Test
		void leaves4xxToTheCallerWithoutRetrying() {
			upstream.stubFor(get("/api/v1/products/none").willReturn(aResponse().withStatus(404)));

			assertThatThrownBy(() -> client.get().uri("/api/v1/products/none").retrieve().toBodilessEntity())
				.isInstanceOf(HttpClientErrorException.NotFound.class);
			upstream.verify(1, getRequestedFor(urlEqualTo("/api/v1/products/none")));
		}
	}

	@Nested
	class RefusalsThatMeanNotNow {

		@Test
		void surfacesATooManyRequestsAsUnavailableWithTheServicesRetryAfter() {
			upstream.stubFor(post("/orders").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

			assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(7));
				});
		}

		@Test
		void surfacesAnIdempotencyKeyStillInFlightAsUnavailable() {
			upstream.stubFor(post("/payments").willReturn(aResponse().withStatus(409)
				.withHeader("Retry-After", "2")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"IDEMPOTENCY_KEY_IN_PROGRESS\",\"retryable\":true}}")));

			assertThatThrownBy(() -> client.post()
				.uri("/payments")
				.header(IdempotencyKeys.HEADER, "key-1")
				.retrieve()
				.toBodilessEntity()).isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(2));
				});
			upstream.verify(3, postRequestedFor(urlEqualTo("/payments")));
			assertThat(breakers.circuitBreaker("product").getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void leavesAnyOtherConflictToTheCallerWithItsBody() {
			upstream.stubFor(post("/orders").willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"success\":false,\"error\":{\"code\":\"ORDER_ALREADY_PAID\"}}")));

			assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(HttpClientErrorException.Conflict.class,
						ex -> assertThat(ex.getResponseBodyAsString()).contains("ORDER_ALREADY_PAID"));
		}
	}

	@Nested
	class BreakerAccounting {

		@Test
		void countsACallThatThrowsSoAHalfOpenBreakerDecides() {
			RestClient throwing = client.mutate().requestInterceptor((request, body, execution) -> {
				throw new IllegalStateException("connection pool shut down");
			}).build();
			CircuitBreaker breaker = breakers.circuitBreaker("product");
			breaker.transitionToOpenState();
			breaker.transitionToHalfOpenState();

			for (int i = 0; i < 2; i++) {
				assertThatThrownBy(() -> throwing.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOfSatisfying(ApiException.class,
							ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE));
			}

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}

		@Test
		void countsAnAnswerWhoseStatusCannotBeRead() {
			RestClient unreadable = client.mutate()
				.requestInterceptor((request, body, execution) -> new UnreadableStatus())
				.build();
			CircuitBreaker breaker = breakers.circuitBreaker("product");
			breaker.transitionToOpenState();
			breaker.transitionToHalfOpenState();

			for (int i = 0; i < 2; i++) {
				assertThatThrownBy(() -> unreadable.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOf(ApiException.class);
			}

			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		}

		@Test
		void letsErrorsThroughAndGivesBackThePermission() {
			RestClient failing = client.mutate().requestInterceptor((request, body, execution) -> {
				throw new OutOfMemoryError("simulated");
			}).build();
			CircuitBreaker breaker = breakers.circuitBreaker("product");
			breaker.transitionToOpenState();
			breaker.transitionToHalfOpenState();

			for (int i = 0; i < 3; i++) {
				assertThatThrownBy(() -> failing.get().uri("/stock").retrieve().toBodilessEntity())
					.isInstanceOf(OutOfMemoryError.class);
			}
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
		}
	}

	@Nested
	class Failures {

		@Test
		void reportsASlowServiceAsATimeout() {
			upstream.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(4000)));

			assertThatThrownBy(() -> client.get().uri("/slow").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(ApiException.class,
						ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.DEPENDENCY_TIMEOUT));
			upstream.verify(3, getRequestedFor(urlEqualTo("/slow")));
		}

		@Test
		void reportsAnAnswerThatStopsHalfwayAsTheServicesFailureNotAsAParseError() {
			upstream.stubFor(post("/orders").willReturn(okJson("{\"id\":\"p-1\",\"name\":\"Paneer\"}")
				.withChunkedDribbleDelay(5, 5_000)));

			assertThatThrownBy(() -> client.post().uri("/orders").retrieve().body(Product.class))
				.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code().retryable()).isTrue());
			assertThat(breakers.circuitBreaker("product").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
		}

		@Test
		void reportsARefusedConnectionAsUnavailable() {
			RestClient closed = clients.create("closed", "http://127.0.0.1:1");

			assertThatThrownBy(() -> closed.get().uri("/anything").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.code().retryable()).isTrue();
				});
		}

		@Test
		void stopsCallingAFailingServiceOnceTheBreakerOpens() {
			upstream.stubFor(post("/orders").willReturn(aResponse().withStatus(500)));
			for (int i = 0; i < 4; i++) {
				assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOf(ApiException.class);
			}

			assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
				.isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
					assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1));
				});
			upstream.verify(4, postRequestedFor(urlEqualTo("/orders")));
			assertThat(breakers.circuitBreaker("product").getState().name()).isEqualTo("OPEN");
		}
	}

	/** Breakers open on failure, not on queueing. */
	@Nested
	class BreakerCalibration {

		@Test
		void aBusyButWorkingServiceAnsweringSlowerThanTheOldTwoSecondsKeepsEveryCallAndTheBreakerClosed()
				throws Exception {
			WireMockServer busy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(40));
			busy.start();
			ExecutorService callers = Executors.newFixedThreadPool(24);
			try {
				busy.stubFor(get("/variants").willReturn(okJson("{}").withFixedDelay(2_200)));
				RestClient calibrated = new ServiceClients(ServiceClientsTests::strictBuilder,
						name -> ClientSettings.defaults(), breakers, RetryRegistry.ofDefaults(), STRICT,
						Clock.systemUTC())
					.create("busy", busy.baseUrl());
				List<Future<Integer>> calls = new ArrayList<>();
				for (int i = 0; i < 24; i++) {
					calls.add(callers.submit(() -> calibrated.get()
						.uri("/variants")
						.retrieve()
						.toBodilessEntity()
						.getStatusCode()
						.value()));
				}

				for (Future<Integer> call : calls) {
					assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(200);
				}
				CircuitBreaker breaker = breakers.circuitBreaker("busy");
				assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
				assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
			}
			finally {
				callers.shutdownNow();
				busy.stop();
			}
		}

		@Test
		void aServiceSheddingLoadWith503IsAnsweredRetryableButNotCountedAgainstIt() {
			upstream.stubFor(post("/orders").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

			for (int i = 0; i < 6; i++) {
				assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOfSatisfying(ApiException.class, ex -> {
						assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
						assertThat(ex.code().retryable()).isTrue();
					});
			}

			upstream.verify(6, postRequestedFor(urlEqualTo("/orders")));
			CircuitBreaker breaker = breakers.circuitBreaker("product");
			assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
			assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		}

		@Test
		void aDeadServiceOpensTheBreakerAndIsNotCalledWhileItIsOpen() {
			int port = upstream.port();
			upstream.stop();
			for (int i = 0; i < 4; i++) {
				assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOfSatisfying(ApiException.class,
							ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE));
			}
			assertThat(breakers.circuitBreaker("product").getState()).isEqualTo(CircuitBreaker.State.OPEN);
			WireMockServer back = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
			back.start();
			try {
				back.stubFor(post("/orders").willReturn(okJson("{}")));

				assertThatThrownBy(() -> client.post().uri("/orders").retrieve().toBodilessEntity())
					.isInstanceOfSatisfying(ApiException.class, ex -> {
						assertThat(ex.code()).isEqualTo(CommonErrorCode.SERVICE_UNAVAILABLE);
						assertThat(ex.code().retryable()).isTrue();
						assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1));
					});
				assertThat(back.getAllServeEvents()).isEmpty();
			}
			finally {
				back.stop();
			}
		}
	}
}
