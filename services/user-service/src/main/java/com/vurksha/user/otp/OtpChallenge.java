package com.vurksha.user.otp;

import java.time.Duration;
import java.time.Instant;

/**
 * A code sent to one number, stored only as its keyed hash, and the rules for checking it: it is valid until
 * {@code expiresAt}, serves one sign-in, and locks after {@code maxAttempts} wrong codes.
 */
public record OtpChallenge(String id, String phone, String codeHash, Instant createdAt, Instant expiresAt,
		int attempts, int maxAttempts, OtpStatus status) {

	public static OtpChallenge issue(String id, String phone, String code, OtpHasher hasher, Instant now,
			Duration ttl, int maxAttempts) {
		return new OtpChallenge(id, phone, hasher.hash(id, code), now, now.plus(ttl), 0, maxAttempts,
				OtpStatus.PENDING);
	}

	/** Checks {@code code} at {@code now}; the outcome carries the challenge as it must be stored afterwards. */
	public OtpCheck check(String code, OtpHasher hasher, Instant now) {
		if (status == OtpStatus.VERIFIED) {
			return new OtpCheck(OtpCheck.Result.ALREADY_USED, this, 0);
		}
		if (status == OtpStatus.LOCKED || attempts >= maxAttempts) {
			return new OtpCheck(OtpCheck.Result.LOCKED, this, 0);
		}
		if (!now.isBefore(expiresAt)) {
			return new OtpCheck(OtpCheck.Result.EXPIRED, this, maxAttempts - attempts);
		}
		if (hasher.matches(id, code, codeHash)) {
			return new OtpCheck(OtpCheck.Result.VERIFIED, withStatus(attempts, OtpStatus.VERIFIED),
					maxAttempts - attempts);
		}
		int used = attempts + 1;
		if (used >= maxAttempts) {
			return new OtpCheck(OtpCheck.Result.LOCKED, withStatus(used, OtpStatus.LOCKED), 0);
		}
		return new OtpCheck(OtpCheck.Result.WRONG_CODE, withStatus(used, OtpStatus.PENDING), maxAttempts - used);
	}

	/** How long the number must wait before another code may be sent; zero when it may be sent now. */
	public Duration resendWait(Instant now, Duration resendAfter) {
		Duration wait = Duration.between(now, createdAt.plus(resendAfter));
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private OtpChallenge withStatus(int newAttempts, OtpStatus newStatus) {
		return new OtpChallenge(id, phone, codeHash, createdAt, expiresAt, newAttempts, maxAttempts, newStatus);
	}
}
