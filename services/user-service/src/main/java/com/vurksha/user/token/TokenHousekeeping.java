package com.vurksha.user.token;

import java.time.Clock;
import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes refresh-token families that can no longer be used. They are kept a week past expiry so that a token
 * presented late is still answered as expired rather than as unknown.
 */
@Component
class TokenHousekeeping {

	private static final Duration GRACE = Duration.ofDays(7);

	private final RefreshTokens refreshTokens;

	private final Clock clock;

	TokenHousekeeping(RefreshTokens refreshTokens, Clock clock) {
		this.refreshTokens = refreshTokens;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	void purgeExpiredFamilies() {
		refreshTokens.deleteFamiliesExpiredBefore(clock.instant().minus(GRACE));
	}
}
