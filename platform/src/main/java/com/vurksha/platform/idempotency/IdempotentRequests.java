package com.vurksha.platform.idempotency;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionOperations;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.ErrorResponses;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a client-retryable mutation at most once per idempotency key, following Stripe and the IETF
 * Idempotency-Key draft.
 *
 * <ul>
 * <li>Same key and same request, completed: the stored status and body are replayed, a stored 5xx too, since
 * the first attempt may have had effects.</li>
 * <li>Same key, another request: {@code 422 IDEMPOTENCY_KEY_REUSED}.</li>
 * <li>Same key while the first attempt runs: {@code 409 IDEMPOTENCY_KEY_IN_PROGRESS}, retryable.</li>
 * <li>A 4xx {@link ApiException} (validation, auth, business refusal) or a retryable failure is not stored, so a
 * corrected or later retry with the same key runs for real.</li>
 * </ul>
 * Call it from a controller outside any transaction; the action opens its own.
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

	IdempotentRequests(IdempotencyStore store, RequestFingerprint fingerprints, JsonMapper jsonMapper,
			TransactionOperations ownTransaction) {
		this.store = store;
		this.fingerprints = fingerprints;
		this.jsonMapper = jsonMapper;
		this.ownTransaction = ownTransaction;
	}

	/**
	 * @param scope who is calling (a user id, a service name), so two callers never share keys
	 * @param key the raw {@code X-Idempotency-Key} header value; missing or unusable is answered with 400
	 * @param route the route pattern, e.g. {@code /api/v1/orders}
	 */
	public ResponseEntity<?> execute(String scope, String key, String method, String route, Object requestBody,
			Supplier<? extends ResponseEntity<?>> action) {
		String validKey = IdempotencyKeys.require(key);
		String fingerprint = fingerprints.of(method, route, requestBody);
		for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
			Optional<UUID> claim = inOwnTransaction(() -> store.claim(scope, route, validKey, fingerprint));
			if (claim.isPresent()) {
				return run(claim.get(), action);
			}
			Optional<IdempotencyRecord> existing = inOwnTransaction(() -> store.find(scope, route, validKey));
			if (existing.isPresent()) {
				return answerFrom(existing.get(), fingerprint);
			}
			// The holder released its claim between our insert and our read: claim again.
		}
		throw inProgress();
	}

	private ResponseEntity<?> run(UUID claim, Supplier<? extends ResponseEntity<?>> action) {
		ResponseEntity<?> response;
		try {
			response = action.get();
		}
		catch (ApiException ex) {
			if (ex.code().status() < 500 || ex.code().retryable()) {
				releaseQuietly(claim);
			}
			else {
				completeQuietly(claim, stored(ErrorResponses.entity(ex)));
			}
			throw ex;
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException ex) {
			releaseQuietly(claim);
			throw ex;
		}
		catch (RuntimeException ex) {
			completeQuietly(claim, stored(ErrorResponses.entity(CommonErrorCode.INTERNAL_ERROR,
					"Something went wrong on our side", null, List.of())));
			throw ex;
		}
		StoredResponse stored = stored(response);
		inOwnTransaction(() -> {
			store.complete(claim, stored);
			return null;
		});
		return response;
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
			log.warn("Could not store the failed response of idempotency claim {}: {}", claim, ex.getMessage());
		}
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		return ownTransaction.execute(status -> work.get());
	}

	private static ApiException inProgress() {
		return new ApiException(CommonErrorCode.IDEMPOTENCY_KEY_IN_PROGRESS,
				"A request with this idempotency key is still being processed; retry shortly")
			.withRetryAfter(IN_PROGRESS_RETRY_AFTER);
	}
}
