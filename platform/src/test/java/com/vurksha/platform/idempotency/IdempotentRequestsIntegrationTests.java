package com.vurksha.platform.idempotency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.vurksha.platform.idempotency.testapp.IdempotencyTestApplication;
import com.vurksha.platform.idempotency.testapp.IdempotencyTestApplication.Executions;
import com.vurksha.platform.idempotency.testapp.IdempotencyTestApplication.PlaceOrder;
import com.vurksha.platformtest.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

// Small connection pools: cached test contexts and other suites share one PostgreSQL server.
@SpringBootTest(classes = IdempotencyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.minimum-idle=1",
				"vurksha.security.public-paths=/test/**", "vurksha.events.relay.enabled=false" })
class IdempotentRequestsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Executions executions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	ExpiredIdempotencyKeys expiredKeys;

	@Autowired
	IdempotencyStore store;

	@Autowired
	IdempotencyProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@BeforeEach
	void resetActionCounter() {
		executions.reset();
	}

	@Test
	void replaysTheStoredResponseForTheSameKeyAndBody() throws Exception {
		String key = newKey();
		HttpResponse<String> first = post("asha", key, "{\"item\":\"tomato\",\"quantity\":2}");
		HttpResponse<String> second = post("asha", key, "{\"quantity\":2,\"item\":\"tomato\"}");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(json(second).at("/data/orderId").asString()).isEqualTo(json(first).at("/data/orderId").asString());
		assertThat(json(second).at("/success").asBoolean()).isTrue();
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(second.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).contains("true");
		assertThat(first.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).isEmpty();
		assertThat(executions.count).hasValue(1);
	}

	@Test
	void keepsKeysOfDifferentCallersApart() throws Exception {
		String key = newKey();
		HttpResponse<String> asha = post("asha", key, "{\"item\":\"tomato\",\"quantity\":2}");
		HttpResponse<String> ravi = post("ravi", key, "{\"item\":\"tomato\",\"quantity\":2}");

		assertThat(json(ravi).at("/data/orderId").asString()).isNotEqualTo(json(asha).at("/data/orderId").asString());
		assertThat(executions.count).hasValue(2);
	}

	@Test
	void runsTheActionOnceForFourConcurrentRequestsWithTheSameKey() throws Exception {
		String key = newKey();
		executions.holdNextExecutions();
		CyclicBarrier start = new CyclicBarrier(4);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				responses.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return post("asha", key, "{\"item\":\"okra\",\"quantity\":1}");
				}));
			}
			assertThat(executions.entered.await(10, TimeUnit.SECONDS)).isTrue();
			// The three that lost the race answer at once; the winner waits in the action until released.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> responses.stream().filter(Future::isDone).count() == 3);
			executions.release.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> response : responses) {
				statuses.add(response.get(10, TimeUnit.SECONDS).statusCode());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
		}
		finally {
			executions.release.countDown();
			pool.shutdownNow();
		}
		assertThat(executions.count).hasValue(1);
		assertThat(post("asha", key, "{\"item\":\"okra\",\"quantity\":1}").statusCode()).isEqualTo(201);
		assertThat(executions.count).hasValue(1);
	}

	@Test
	void storesAFailureOnceTheActionStartedAndReplaysIt() throws Exception {
		String key = newKey();
		HttpResponse<String> first = post("asha", key, "{\"item\":\"explode\",\"quantity\":1}");
		HttpResponse<String> retry = post("asha", key, "{\"item\":\"explode\",\"quantity\":1}");

		assertThat(first.statusCode()).isEqualTo(500);
		assertThat(retry.statusCode()).isEqualTo(500);
		assertThat(json(retry).at("/success").asBoolean()).isFalse();
		assertThat(json(retry).at("/error/code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(retry.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).contains("true");
		assertThat(executions.count).hasValue(1);
	}

	@Test
	void scopesAKeyToTheConcretePathSoTwoResourcesOfOneRouteDoNotCollide() throws Exception {
		String key = newKey();
		HttpResponse<String> first = postTo("/test/orders/o-1/cancel", key, "{}");
		HttpResponse<String> second = postTo("/test/orders/o-2/cancel", key, "{}");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(json(second).at("/data/cancelled").asString()).isEqualTo("o-2");
		assertThat(second.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).isEmpty();
		assertThat(executions.count).hasValue(2);
	}

	@Test
	void doesNotStoreATransientFailureSoARetryRunsAgain() throws Exception {
		String key = newKey();
		HttpResponse<String> first = post("asha", key, "{\"item\":\"db-down\",\"quantity\":1}");
		HttpResponse<String> retry = post("asha", key, "{\"item\":\"db-down\",\"quantity\":1}");

		assertThat(first.statusCode()).isNotEqualTo(201);
		assertThat(retry.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).isEmpty();
		assertThat(executions.count).hasValue(2);
		assertThat(countRows(key)).isZero();
	}

	@Nested
	class KeepsTheEffectAndTheStoredResponseTogether {

		@BeforeEach
		void effectsTable() {
			jdbc.sql("CREATE TABLE IF NOT EXISTS test_effects (idempotency_key TEXT NOT NULL)").update();
		}

		@Test
		void rollsTheEffectBackWhenTheResponseCannotBeStored() {
			String key = newKey();
			IdempotentRequests requests = requests(new IdempotencyStore(jdbc, jsonMapper, Clock.systemUTC(),
					properties) {
				@Override
				boolean complete(UUID token, StoredResponse response) {
					throw new IllegalStateException("the process died before the response was stored");
				}
			}, properties);

			assertThatThrownBy(() -> requests.execute("asha", key, "POST", "/test/effects", null, () -> effect(key)))
				.hasMessageContaining("process died");

			assertThat(effects(key)).as("the effect commits only with its stored response").isZero();
		}

		@Test
		void preparesOutsideAnyTransactionThenActsOnThePreparedResultInsideOne() {
			String key = newKey();
			IdempotentRequests requests = requests(store, properties);
			List<Boolean> inTransaction = new ArrayList<>();

			requests.execute("asha", key, "POST", "/test/effects", null, () -> {
				inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
				return key;
			}, prepared -> {
				inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
				return effect(prepared);
			});

			assertThat(inTransaction).containsExactly(false, true);
			assertThat(effects(key)).isEqualTo(1);
		}

		@Test
		void storesTheResponseWithTheEffect() {
			String key = newKey();
			IdempotentRequests requests = requests(store, properties);

			requests.execute("asha", key, "POST", "/test/effects", null, () -> effect(key));
			ResponseEntity<?> replay = requests.execute("asha", key, "POST", "/test/effects", null, () -> effect(key));

			assertThat(effects(key)).isEqualTo(1);
			assertThat(replay.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
		}

		@Test
		void rollsBackAnActionThatOutlivesTheActionTimeoutAndFreesTheKey() {
			String key = newKey();
			IdempotencyProperties shortTimeout = new IdempotencyProperties(properties.retention(),
					properties.inProgressTimeout(), Duration.ofSeconds(1), properties.cleanupInterval(), false);
			IdempotentRequests requests = requests(store, shortTimeout);

			assertThatThrownBy(() -> requests.execute("asha", key, "POST", "/test/effects", null, () -> {
				sleep(Duration.ofMillis(1300));
				return effect(key);
			})).isInstanceOf(TransactionTimedOutException.class);

			assertThat(effects(key)).isZero();
			assertThat(countRows(key)).as("a timed-out attempt does not hold the key").isZero();
		}

		@Test
		void refusesAnActionTimeoutThatIsNotShorterThanTheInProgressTimeout() {
			assertThatThrownBy(() -> new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(2),
					Duration.ofMinutes(2), Duration.ofMinutes(10), true))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("shorter than in-progress-timeout");
		}

		private IdempotentRequests requests(IdempotencyStore idempotencyStore, IdempotencyProperties settings) {
			return new IdempotentRequests(idempotencyStore, new RequestFingerprint(jsonMapper), jsonMapper,
					transactionManager, settings);
		}

		private ResponseEntity<?> effect(String key) {
			jdbc.sql("INSERT INTO test_effects (idempotency_key) VALUES (:key)").param("key", key).update();
			return ResponseEntity.status(201).body(Map.of("done", key));
		}

		private long effects(String key) {
			return jdbc.sql("SELECT count(*) FROM test_effects WHERE idempotency_key = :key")
				.param("key", key)
				.query(Long.class)
				.single();
		}

		private static void sleep(Duration duration) {
			try {
				Thread.sleep(duration.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	@Test
	void deletesExpiredKeysAndKeepsLiveOnes() throws Exception {
		String live = newKey();
		post("asha", live, "{\"item\":\"tomato\",\"quantity\":2}");
		insertRow("asha", "expired-" + newKey(), "COMPLETED", "some-fingerprint", Instant.now().minusSeconds(7200),
				Instant.now().minusSeconds(60));

		assertThat(expiredKeys.purge()).isGreaterThanOrEqualTo(1);
		assertThat(countRows("expired-%")).isZero();
		assertThat(countRows(live)).isEqualTo(1);
	}

	@Nested
	class WhenTheKeyIsTaken {

		@Test
		void rejectsTheSameKeyWithAnotherBody() throws Exception {
			String key = newKey();
			post("asha", key, "{\"item\":\"tomato\",\"quantity\":2}");
			HttpResponse<String> reused = post("asha", key, "{\"item\":\"tomato\",\"quantity\":3}");

			assertThat(reused.statusCode()).isEqualTo(422);
			assertThat(json(reused).at("/success").asBoolean()).isFalse();
			assertThat(json(reused).at("/error/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
			assertThat(json(reused).at("/error/retryable").asBoolean()).isFalse();
			assertThat(executions.count).hasValue(1);
		}

		@Test
		void answersConflictWhileTheFirstRequestIsStillRunning() throws Exception {
			String key = newKey();
			executions.holdNextExecutions();
			ExecutorService pool = Executors.newSingleThreadExecutor();
			try {
				Future<HttpResponse<String>> first = pool
					.submit(() -> post("asha", key, "{\"item\":\"onion\",\"quantity\":1}"));
				assertThat(executions.entered.await(10, TimeUnit.SECONDS)).isTrue();

				HttpResponse<String> second = post("asha", key, "{\"item\":\"onion\",\"quantity\":1}");

				assertThat(second.statusCode()).isEqualTo(409);
				assertThat(json(second).at("/error/code").asString()).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS");
				assertThat(json(second).at("/error/retryable").asBoolean()).isTrue();
				assertThat(second.headers().firstValue("Retry-After")).isPresent();
				executions.release.countDown();
				assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
			}
			finally {
				executions.release.countDown();
				pool.shutdownNow();
			}
			assertThat(executions.count).hasValue(1);
		}

		@Test
		void letsARetryTakeOverAnAttemptThatNeverFinished() throws Exception {
			String key = newKey();
			PlaceOrder order = new PlaceOrder("garlic", 1);
			insertRow("asha", key, "IN_PROGRESS", fingerprintOf(order), Instant.now().minusSeconds(600),
					Instant.now().plusSeconds(3600));

			HttpResponse<String> retry = post("asha", key, "{\"item\":\"garlic\",\"quantity\":1}");

			assertThat(retry.statusCode()).isEqualTo(201);
			assertThat(executions.count).hasValue(1);
		}

		@Test
		void treatsAnExpiredKeyAsNew() throws Exception {
			String key = newKey();
			insertRow("asha", key, "COMPLETED", "fingerprint-of-an-old-request", Instant.now().minusSeconds(90000),
					Instant.now().minusSeconds(10));

			HttpResponse<String> reuse = post("asha", key, "{\"item\":\"garlic\",\"quantity\":1}");

			assertThat(reuse.statusCode()).isEqualTo(201);
			assertThat(executions.count).hasValue(1);
		}
	}

	@Nested
	class WhenTheRequestIsRefused {

		@Test
		void doesNotStoreAValidationFailureSoACorrectedRetryRuns() throws Exception {
			String key = newKey();
			HttpResponse<String> refused = post("asha", key, "{\"item\":\"tomato\",\"quantity\":50}");
			HttpResponse<String> corrected = post("asha", key, "{\"item\":\"tomato\",\"quantity\":5}");

			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(json(refused).at("/error/code").asString()).isEqualTo("VALIDATION_FAILED");
			assertThat(corrected.statusCode()).isEqualTo(201);
			assertThat(corrected.headers().firstValue(IdempotentRequests.REPLAYED_HEADER)).isEmpty();
			assertThat(executions.count).hasValue(2);
		}

		@Test
		void requiresAKey() throws Exception {
			HttpResponse<String> response = post("asha", null, "{\"item\":\"tomato\",\"quantity\":2}");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).at("/error/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
			assertThat(executions.count).hasValue(0);
		}

		@Test
		void rejectsABlankKey() throws Exception {
			HttpResponse<String> response = post("asha", "   ", "{\"item\":\"tomato\",\"quantity\":2}");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).at("/error/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
		}

		@Test
		void rejectsAKeyLongerThan255Characters() throws Exception {
			HttpResponse<String> response = post("asha", "k".repeat(256), "{\"item\":\"tomato\",\"quantity\":2}");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(json(response).at("/error/code").asString()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
			assertThat(executions.count).hasValue(0);
		}
	}

	private HttpResponse<String> post(String caller, String key, String body) throws Exception {
		return postTo(IdempotencyTestApplication.ROUTE, caller, key, body);
	}

	private HttpResponse<String> postTo(String path, String key, String body) throws Exception {
		return postTo(path, "asha", key, body);
	}

	private HttpResponse<String> postTo(String path, String caller, String key, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Test-Caller", caller)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header(IdempotencyKeys.HEADER, key);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static String newKey() {
		return "key-" + UUID.randomUUID();
	}

	private String fingerprintOf(PlaceOrder order) {
		return new RequestFingerprint(jsonMapper).of("POST", IdempotencyTestApplication.ROUTE, order);
	}

	private void insertRow(String scope, String key, String state, String fingerprint, Instant lockedAt,
			Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO platform.idempotency_keys (scope, route, idempotency_key, fingerprint, state, claim_token,
				    locked_at, response_status, response_headers, response_body, created_at, expires_at)
				VALUES (:scope, :route, :key, :fingerprint, :state, :token, :lockedAt, :status, '{}'::jsonb, :body,
				    :lockedAt, :expiresAt)
				""")
			.param("scope", scope)
			.param("route", IdempotencyTestApplication.ROUTE)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("state", state)
			.param("token", UUID.randomUUID())
			.param("lockedAt", lockedAt.atOffset(ZoneOffset.UTC))
			.param("status", "COMPLETED".equals(state) ? 201 : null)
			.param("body", "COMPLETED".equals(state) ? "{\"success\":true}" : null)
			.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	private long countRows(String keyPattern) {
		return jdbc.sql("SELECT count(*) FROM platform.idempotency_keys WHERE idempotency_key LIKE :pattern")
			.param("pattern", keyPattern)
			.query(Long.class)
			.single();
	}
}
