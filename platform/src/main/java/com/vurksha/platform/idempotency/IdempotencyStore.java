package com.vurksha.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/**
 * The keys in PostgreSQL, one row per (scope, concrete request path, key); the {@code route} column holds the
 * path. A claim commits on its own, because it has to be visible to concurrent requests before the action runs;
 * {@link #complete} runs in the action's transaction, so the stored response commits with the action's effects.
 */
class IdempotencyStore {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);

	private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final IdempotencyProperties properties;

	IdempotencyStore(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Claims the key for this request. The first insert wins; a row left behind expired, or an unfinished attempt
	 * of the same request older than the in-progress timeout, is taken over. Empty when someone else holds it.
	 */
	Optional<UUID> claim(String scope, String path, String key, String fingerprint) {
		Instant now = clock.instant();
		UUID token = UUID.randomUUID();
		int claimed = jdbc.sql("""
				INSERT INTO platform.idempotency_keys AS k (scope, route, idempotency_key, fingerprint, state,
				    claim_token, locked_at, created_at, expires_at)
				VALUES (:scope, :route, :key, :fingerprint, 'IN_PROGRESS', :token, :now, :now, :expiresAt)
				ON CONFLICT (scope, route, idempotency_key) DO UPDATE
				SET fingerprint = EXCLUDED.fingerprint, state = 'IN_PROGRESS', claim_token = EXCLUDED.claim_token,
				    locked_at = EXCLUDED.locked_at, response_status = NULL, response_headers = NULL,
				    response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
				WHERE k.expires_at <= :now
				   OR (k.state = 'IN_PROGRESS' AND k.fingerprint = EXCLUDED.fingerprint AND k.locked_at <= :staleBefore)
				""")
			.param("scope", scope)
			.param("route", path)
			.param("key", key)
			.param("fingerprint", fingerprint)
			.param("token", token)
			.param("now", utc(now))
			.param("expiresAt", utc(now.plus(properties.retention())))
			.param("staleBefore", utc(now.minus(properties.inProgressTimeout())))
			.update();
		return (claimed == 1) ? Optional.of(token) : Optional.empty();
	}

	Optional<IdempotencyRecord> find(String scope, String path, String key) {
		return jdbc.sql("""
				SELECT fingerprint, state, response_status, response_headers::text AS headers, response_body
				FROM platform.idempotency_keys
				WHERE scope = :scope AND route = :route AND idempotency_key = :key AND expires_at > :now
				""")
			.param("scope", scope)
			.param("route", path)
			.param("key", key)
			.param("now", utc(clock.instant()))
			.query((rs, row) -> {
				boolean completed = "COMPLETED".equals(rs.getString("state"));
				StoredResponse response = completed ? new StoredResponse(rs.getInt("response_status"),
						readHeaders(rs.getString("headers")), rs.getString("response_body")) : null;
				return new IdempotencyRecord(rs.getString("fingerprint"), completed, response);
			})
			.optional();
	}

	/**
	 * Stores the answer of the attempt holding {@code token}. False when no row matched: the claim was taken over
	 * or released, so another attempt owns the key and this one must not commit.
	 */
	boolean complete(UUID token, StoredResponse response) {
		int updated = jdbc.sql("""
				UPDATE platform.idempotency_keys
				SET state = 'COMPLETED', response_status = :status, response_headers = CAST(:headers AS jsonb),
				    response_body = :body
				WHERE claim_token = :token AND state = 'IN_PROGRESS'
				""")
			.param("status", response.status())
			.param("headers", jsonMapper.writeValueAsString(response.headers()))
			.param("body", response.body())
			.param("token", token)
			.update();
		if (updated != 1) {
			log.warn("Idempotency claim {} was lost before its response could be stored ({} rows matched)", token,
					updated);
		}
		return updated == 1;
	}

	/** Forgets a claim whose request failed in a way the client may correct, so the same key can be used again. */
	void release(UUID token) {
		jdbc.sql("DELETE FROM platform.idempotency_keys WHERE claim_token = :token AND state = 'IN_PROGRESS'")
			.param("token", token)
			.update();
	}

	/** Deletes up to {@code limit} expired keys and returns how many went. */
	int deleteExpired(int limit) {
		return jdbc.sql("""
				DELETE FROM platform.idempotency_keys
				WHERE ctid IN (SELECT ctid FROM platform.idempotency_keys WHERE expires_at <= :now LIMIT :limit)
				""")
			.param("now", utc(clock.instant()))
			.param("limit", limit)
			.update();
	}

	private Map<String, List<String>> readHeaders(String json) {
		return (json == null) ? Map.of() : jsonMapper.readValue(json, HEADERS);
	}
}
