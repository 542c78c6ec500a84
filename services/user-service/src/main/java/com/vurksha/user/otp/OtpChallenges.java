package com.vurksha.user.otp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored challenges; a number's latest challenge is the one its next code is checked against. */
@Repository
public class OtpChallenges {

	private static final String COLUMNS = "id, phone, code_hash, created_at, expires_at, attempts, max_attempts, "
			+ "status";

	private static final String COUNT = "SELECT count(*) AS n, min(created_at) AS first FROM otp_challenges";

	private final JdbcClient jdbc;

	OtpChallenges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OtpChallenge challenge, String clientIp) {
		jdbc.sql("""
				INSERT INTO otp_challenges (id, phone, code_hash, client_ip, created_at, expires_at, attempts,
				                            max_attempts, status)
				VALUES (:id, :phone, :hash, :ip, :created, :expires, :attempts, :max, :status)""")
			.param("id", challenge.id())
			.param("phone", challenge.phone())
			.param("hash", challenge.codeHash())
			.param("ip", clientIp)
			.param("created", Timestamp.from(challenge.createdAt()))
			.param("expires", Timestamp.from(challenge.expiresAt()))
			.param("attempts", challenge.attempts())
			.param("max", challenge.maxAttempts())
			.param("status", challenge.status().name())
			.update();
	}

	Optional<OtpChallenge> latest(String phone) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM otp_challenges WHERE phone = :phone ORDER BY created_at DESC LIMIT 1")
			.param("phone", phone)
			.query(OtpChallenges::map)
			.optional();
	}

	/** The latest challenge, row-locked so concurrent checks of one code count every attempt. */
	public Optional<OtpChallenge> latestForUpdate(String phone) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM otp_challenges WHERE phone = :phone ORDER BY created_at DESC LIMIT 1 FOR UPDATE")
			.param("phone", phone)
			.query(OtpChallenges::map)
			.optional();
	}

	public void update(OtpChallenge challenge) {
		jdbc.sql("UPDATE otp_challenges SET attempts = :attempts, status = :status WHERE id = :id")
			.param("attempts", challenge.attempts())
			.param("status", challenge.status().name())
			.param("id", challenge.id())
			.update();
	}

	void delete(String id) {
		jdbc.sql("DELETE FROM otp_challenges WHERE id = :id").param("id", id).update();
	}

	/** Serialises code requests for one number within the calling transaction. */
	void lockNumber(String phone) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:phone, 0))").param("phone", phone).query().singleRow();
	}

	WindowCount countForPhoneSince(String phone, Instant since) {
		return jdbc.sql(COUNT + " WHERE phone = :key AND created_at > :since")
			.param("key", phone)
			.param("since", Timestamp.from(since))
			.query(OtpChallenges::mapCount)
			.single();
	}

	WindowCount countForIpSince(String clientIp, Instant since) {
		return jdbc.sql(COUNT + " WHERE client_ip = :key AND created_at > :since")
			.param("key", clientIp)
			.param("since", Timestamp.from(since))
			.query(OtpChallenges::mapCount)
			.single();
	}

	int deleteCreatedBefore(Instant cutoff) {
		return jdbc.sql("DELETE FROM otp_challenges WHERE created_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/** How many codes a key asked for in a window, and when the first of them was. */
	record WindowCount(long count, Instant first) {
	}

	private static WindowCount mapCount(ResultSet rs, int row) throws SQLException {
		Timestamp first = rs.getTimestamp("first");
		return new WindowCount(rs.getLong("n"), (first != null) ? first.toInstant() : null);
	}

	private static OtpChallenge map(ResultSet rs, int row) throws SQLException {
		return new OtpChallenge(rs.getString("id"), rs.getString("phone"), rs.getString("code_hash"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				rs.getInt("attempts"), rs.getInt("max_attempts"), OtpStatus.valueOf(rs.getString("status")));
	}
}
