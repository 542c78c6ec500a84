package com.vurksha.user.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.error.ApiException;
import com.vurksha.user.Ids;
import com.vurksha.user.UserErrorCode;
import com.vurksha.user.account.UserAccount;
import com.vurksha.user.account.UserId;
import com.vurksha.user.account.Users;

/** Issues token pairs, rotates refresh tokens, and ends a family on logout or when a used token comes back. */
@Service
public class Tokens {

	private final RefreshTokens refreshTokens;

	private final AccessTokens accessTokens;

	private final Users users;

	private final AuthProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Tokens(RefreshTokens refreshTokens, AccessTokens accessTokens, Users users, AuthProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.refreshTokens = refreshTokens;
		this.accessTokens = accessTokens;
		this.users = users;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Starts a new family for a sign-in. */
	@Transactional
	public TokenPair issue(UserAccount user) {
		String familyId = Ids.next("rtf");
		refreshTokens.createFamily(familyId, user.id().value(), clock.instant());
		return pair(user, familyId);
	}

	/**
	 * Exchanges a refresh token for a new pair. Revoking a family on reuse is committed even though the caller gets
	 * an error, which is why the transaction is closed before the error is thrown.
	 */
	public Refreshed refresh(String presented) {
		Rotation rotation = transaction.execute(status -> rotate(RefreshTokenValues.hash(presented)));
		return switch (rotation.outcome()) {
			case ROTATE -> rotation.refreshed();
			case REUSED -> throw new ApiException(UserErrorCode.REFRESH_TOKEN_REUSED,
					"This refresh token was already used; every session it belongs to is signed out");
			case EXPIRED -> throw new ApiException(UserErrorCode.REFRESH_TOKEN_EXPIRED,
					"The refresh token has expired; sign in again");
			case FAMILY_REVOKED -> throw new ApiException(UserErrorCode.REFRESH_TOKEN_REVOKED,
					"This session was signed out; sign in again");
		};
	}

	/** Ends the session the token belongs to; an unknown token is already as good as signed out. */
	@Transactional
	public void revoke(String presented) {
		refreshTokens.findForUpdate(RefreshTokenValues.hash(presented))
			.ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), "logout", clock.instant()));
	}

	private Rotation rotate(String hash) {
		Instant now = clock.instant();
		StoredRefreshToken token = refreshTokens.findForUpdate(hash).orElseThrow(Tokens::invalid);
		StoredRefreshToken.Presentation outcome = token.present(now);
		if (outcome == StoredRefreshToken.Presentation.REUSED) {
			refreshTokens.revokeFamily(token.familyId(), "reuse", now);
		}
		if (outcome != StoredRefreshToken.Presentation.ROTATE) {
			return new Rotation(outcome, null);
		}
		Optional<UserAccount> user = users.find(new UserId(token.userId()));
		if (user.isEmpty()) {
			throw invalid();
		}
		refreshTokens.markUsed(hash, now);
		return new Rotation(outcome, new Refreshed(user.get(), pair(user.get(), token.familyId())));
	}

	private TokenPair pair(UserAccount user, String familyId) {
		Instant now = clock.instant();
		String refreshToken = RefreshTokenValues.next();
		refreshTokens.insert(RefreshTokenValues.hash(refreshToken), familyId, now,
				now.plus(properties.refreshTokenTtl()));
		return new TokenPair(accessTokens.issue(user), refreshToken, accessTokens.lifetimeSeconds());
	}

	private static ApiException invalid() {
		return new ApiException(UserErrorCode.REFRESH_TOKEN_INVALID, "The refresh token is not valid; sign in again");
	}

	/** A successful refresh: the account and its new pair. */
	public record Refreshed(UserAccount user, TokenPair tokens) {
	}

	private record Rotation(StoredRefreshToken.Presentation outcome, Refreshed refreshed) {
	}
}
