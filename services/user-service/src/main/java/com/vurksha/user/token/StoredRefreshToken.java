package com.vurksha.user.token;

import java.time.Instant;

/**
 * A refresh token as stored, with the state of its family. Every refresh token descends from one sign-in; the
 * chain of tokens it produced by rotation is its family.
 *
 * @param usedAt when it was exchanged for a new pair, or {@code null}
 * @param familyRevokedAt when its family was ended by logout or by reuse, or {@code null}
 */
public record StoredRefreshToken(String hash, String familyId, String userId, Instant issuedAt, Instant expiresAt,
		Instant usedAt, Instant familyRevokedAt) {

	/**
	 * Decides what presenting this token at {@code now} means. A token that was already used is a sign that it was
	 * copied: either the thief or the customer holds the newer token, and nobody can tell which, so the whole
	 * family must end.
	 */
	public Presentation present(Instant now) {
		if (familyRevokedAt != null) {
			return Presentation.FAMILY_REVOKED;
		}
		if (usedAt != null) {
			return Presentation.REUSED;
		}
		if (!now.isBefore(expiresAt)) {
			return Presentation.EXPIRED;
		}
		return Presentation.ROTATE;
	}

	public StoredRefreshToken markUsed(Instant now) {
		return new StoredRefreshToken(hash, familyId, userId, issuedAt, expiresAt, now, familyRevokedAt);
	}

	/** What to do with a presented refresh token. */
	public enum Presentation {
		/** Valid: mark it used and issue its successor in the same family. */
		ROTATE,
		/** Used before: revoke the family. */
		REUSED,
		EXPIRED,
		FAMILY_REVOKED
	}
}
