package com.vurksha.user.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored refresh tokens (by hash) and their families. */
@Repository
class RefreshTokens {

	private final JdbcClient jdbc;

	RefreshTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void createFamily(String familyId, String userId, Instant now) {
		jdbc.sql("INSERT INTO refresh_token_families (id, user_id, created_at) VALUES (:id, :user, :now)")
			.param("id", familyId)
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void insert(String hash, String familyId, Instant issuedAt, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO refresh_tokens (token_hash, family_id, issued_at, expires_at)
				VALUES (:hash, :family, :issued, :expires)""")
			.param("hash", hash)
			.param("family", familyId)
			.param("issued", Timestamp.from(issuedAt))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** Locks the token and its family, so two refreshes with one token cannot both succeed. */
	Optional<StoredRefreshToken> findForUpdate(String hash) {
		return jdbc.sql("""
				SELECT t.token_hash, t.family_id, f.user_id, t.issued_at, t.expires_at, t.used_at, f.revoked_at
				FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id
				WHERE t.token_hash = :hash
				FOR UPDATE OF t, f""")
			.param("hash", hash)
			.query(RefreshTokens::map)
			.optional();
	}

	void markUsed(String hash, Instant now) {
		jdbc.sql("UPDATE refresh_tokens SET used_at = :now WHERE token_hash = :hash")
			.param("now", Timestamp.from(now))
			.param("hash", hash)
			.update();
	}

	void revokeFamily(String familyId, String reason, Instant now) {
		jdbc.sql("""
				UPDATE refresh_token_families SET revoked_at = :now, revoke_reason = :reason
				WHERE id = :id AND revoked_at IS NULL""")
			.param("now", Timestamp.from(now))
			.param("reason", reason)
			.param("id", familyId)
			.update();
	}

	/** Families whose newest token has expired can never be used again. */
	int deleteFamiliesExpiredBefore(Instant cutoff) {
		return jdbc.sql("""
				DELETE FROM refresh_token_families f
				WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens t
				                  WHERE t.family_id = f.id AND t.expires_at >= :cutoff)""")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	private static StoredRefreshToken map(ResultSet rs, int row) throws SQLException {
		return new StoredRefreshToken(rs.getString("token_hash"), rs.getString("family_id"), rs.getString("user_id"),
				instant(rs, "issued_at"), instant(rs, "expires_at"), instant(rs, "used_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}
}
