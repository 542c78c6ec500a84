package com.vurksha.platform.idempotency;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;
import com.vurksha.platform.error.TransientFailures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a client-retryable mutation at most once per idempotency key, following Stripe and the IETF
 * Idempotency-Key draft. Keys are scoped to the caller and the concrete request path
 * ({@code /api/v1/orders/42/cancel}, not the pattern {@code /orders/{id}/cancel}), so one key sent to two
 * different resources is two requests.
 *
 * <ul>
 * <li>Same key and same request, completed: the stored status and body are replayed, a stored 5xx too.</li>
 * <li>Same key, another request: {@code 422 IDEMPOTENCY_KEY_REUSED}.</li>
 * <li>Same key while the first attempt runs: {@code 409 IDEMPOTENCY_KEY_IN_PROGRESS}, retryable.</li>
 * <li>A 4xx {@link ApiException} (validation, auth, business refusal) or a transient failure
 * ({@link TransientFailures}) is not stored, so a corrected or later retry with the same key runs for real.</li>
 * </ul>
 *
 * <p>The action and the stored response commit in one transaction (a new one, bounded by
 * {@link IdempotencyProperties#actionTimeout()}), so either the effects and the response are both kept or
 * neither is: a crash in between cannot leave effects behind a claim that a retry takes over later. The action's
 * database work must therefore go through this service's transaction manager and must not commit on its own.
 * Call it from a controller outside any transaction.
 */
public class IdempotentRequests {

	/** Set on a replayed answer, as Stripe does, so clients and logs can tell a replay from a first execution. */
	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	private static final Duration IN_PROGRESS_RETRY_AFTER = Duration.ofSeconds(1);

	private static final int CLAIM_ATTEMPTS = 3;

	private final IdempotencyStore store;

	private final RequestFingerprint fingerprints;

	private final JsonMapper jsonMapper;

	private final TransactionOperations ownTransaction;

	private final TransactionOperations actionTransaction;

	IdempotentRequests(IdempotencyStore store, RequestFingerprint fingerprints, JsonMapper jsonMapper,
			PlatformTransactionManager transactionManager, IdempotencyProperties properties) {
		this.store = store;
		this.fingerprints = fingerprints;
		this.jsonMapper = jsonMapper;
		this.ownTransaction = newTransaction(transactionManager, TransactionDefinition.TIMEOUT_DEFAULT);
		this.actionTransaction = newTransaction(transactionManager, properties.actionTimeoutSeconds());
	}

	/**
	 * Runs the action for the current HTTP request, whose method and concrete path identify it.
	 * @param scope who is calling (a user id, a service name), so two callers never share keys
	 * @param key the raw {@code X-Idempotency-Key} header value; missing or unusable is answered with 400
	 * @param action the mutation; it runs in the transaction that stores its response
	 */
	public ResponseEntity<?> execute(String scope, String key, Object requestBody,
			Supplier<? extends ResponseEntity<?>> action) {
		return execute(scope, key, requestBody, () -> null, ignored -> action.get());
	}

	/**
	 * Runs a mutation in two steps for the current HTTP request: once the key is claimed (in a short transaction
	 * of its own), {@code prepare} runs outside any transaction, so it may call other services without holding a
	 * database connection; then {@code action} runs with its result in the transaction that stores the response.
	 * A retry while {@code prepare} runs is answered 409 in progress, as for a one-step action. Should
	 * {@code prepare} outlast the in-progress timeout and a retry take the key over, this attempt's transaction
	 * finds its claim gone and rolls back (answered 409 in progress), so the key still has exactly one outcome;
	 * {@code prepare}'s effects elsewhere are then the caller's to undo.
	 */
	public <T> ResponseEntity<?> execute(String scope, String key, Object requestBody, Supplier<T> prepare,
			Function<? super T, ? extends ResponseEntity<?>> action) {
		HttpServletRequest request = currentRequest();
		return execute(scope, key, request.getMethod(), request.getRequestURI(), requestBody, prepare, action);
	}

	/** @param path the concrete request path, e.g. {@code /api/v1/orders/42/cancel}, never a route pattern */
	ResponseEntity<?> execute(String scope, String key, String method, String path, Object requestBody,
			Supplier<? extends ResponseEntity<?>> action) {
		return execute(scope, key, method, path, requestBody, () -> null, ignored -> action.get());
	}

	<T> ResponseEntity<?> execute(String scope, String key, String method, String path, Object requestBody,
			Supplier<T> prepare, Function<? super T, ? extends ResponseEntity<?>> action) {
		String validKey = IdempotencyKeys.require(key);
		String fingerprint = fingerprints.of(method, path, requestBody);
		for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
			Optional<UUID> claim = inOwnTransaction(() -> store.claim(scope, path, validKey, fingerprint));
			if (claim.isPresent()) {
				return run(claim.get(), prepare, action);
			}
			Optional<IdempotencyRecord> existing = inOwnTransaction(() -> store.find(scope, path, validKey));
			if (existing.isPresent()) {
				return answerFrom(existing.get(), fingerprint);
			}
			// The holder released its claim between our insert and our read: claim again.
		}
		throw inProgress();
	}

	private <T> ResponseEntity<?> run(UUID claim, Supplier<T> prepare,
			Function<? super T, ? extends ResponseEntity<?>> action) {
		try {
			T prepared = prepare.get();
			return actionTransaction.execute(status -> {
				ResponseEntity<?> response = action.apply(prepared);
				if (!store.complete(claim, stored(response))) {
					// Another attempt took the key over; its result is the one to keep, so roll ours back.
					throw inProgress();
				}
				return response;
			});
		}
		catch (RuntimeException ex) {
			// Everything the action did in this database is rolled back by now.
			if (isStored(ex)) {
				completeQuietly(claim, stored(failureResponse(ex)));
			}
			else {
				releaseQuietly(claim);
			}
			throw ex;
		}
	}

	/**
	 * A failure is stored when repeating the request would fail the same way: a 5xx that is not transient. A 4xx
	 * is not stored so the client can correct the request; a transient failure or a timed-out transaction is
	 * not stored so a later retry runs again.
	 */
	private static boolean isStored(RuntimeException ex) {
		if (TransientFailures.isTransient(ex) || ex instanceof TransactionTimedOutException) {
			return false;
		}
		return !(ex instanceof ApiException api) || api.code().status() >= 500;
	}

	private static ResponseEntity<?> failureResponse(RuntimeException ex) {
		if (ex instanceof ApiException api) {
			return ErrorResponses.entity(api);
		}
		return ErrorResponses.entity(CommonErrorCode.INTERNAL_ERROR, "Something went wrong on our side", null,
				List.of());
	}

	private ResponseEntity<?> answerFrom(IdempotencyRecord existing, String fingerprint) {
		if (!existing.fingerprint().equals(fingerprint)) {
			throw new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_REUSED,
					"This idempotency key was already used for a different request; use a new key");
		}
		if (!existing.completed()) {
			throw inProgress();
		}
		return replay(existing.response());
	}

	private ResponseEntity<?> replay(StoredResponse response) {
		HttpHeaders headers = new HttpHeaders();
		response.headers().forEach(headers::addAll);
		headers.set(REPLAYED_HEADER, "true");
		if (response.body() == null) {
			return new ResponseEntity<>(headers, HttpStatusCode.valueOf(response.status()));
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new ResponseEntity<>(jsonMapper.readTree(response.body()), headers, response.status());
	}

	private StoredResponse stored(ResponseEntity<?> response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaders().forEach(headers::put);
		headers.remove(HttpHeaders.CONTENT_LENGTH);
		String body = (response.getBody() != null) ? jsonMapper.writeValueAsString(response.getBody()) : null;
		return new StoredResponse(response.getStatusCode().value(), headers, body);
	}

	private void releaseQuietly(UUID claim) {
		try {
			inOwnTransaction(() -> {
				store.release(claim);
				return null;
			});
		}
		catch (RuntimeException ex) {
			// The original failure matters more; the claim lapses after the in-progress timeout.
			log.warn("Could not release idempotency claim {}: {}", claim, ex.getMessage());
		}
	}

	private void completeQuietly(UUID claim, StoredResponse response) {
		try {
			inOwnTransaction(() -> {
				store.complete(claim, response);
				return null;
			});
		}
		catch (RuntimeException ex) {
			// The claim lapses after the in-progress timeout and a retry runs again, which is safe: nothing was kept.
			log.warn("Could not store the failed response of idempotency claim {}: {}", claim, ex.getMessage());
		}
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		return ownTransaction.execute(status -> work.get());
	}

	private static TransactionOperations newTransaction(PlatformTransactionManager transactionManager,
			int timeoutSeconds) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		template.setTimeout(timeoutSeconds);
		return template;
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("IdempotentRequests.execute needs the current HTTP request; "
				+ "call it from a controller's thread");
	}

	private static ApiException inProgress() {
		return new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
				"A request with this idempotency key is still being processed; retry shortly")
			.withRetryAfter(IN_PROGRESS_RETRY_AFTER);
	}
}
