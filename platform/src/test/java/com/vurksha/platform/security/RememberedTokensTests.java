package com.vurksha.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.vurksha.platformtest.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RememberedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	/** Accepts "good-*" tokens valid for 15 minutes from when they are first seen; refuses the rest. */
	private final CountingVerifier verifier = new CountingVerifier(clock);

	private final RememberedTokens tokens = new RememberedTokens(verifier, clock);

	@Test
	void verifiesATokenOnceWhileItIsValid() {
		Jwt first = tokens.decode("good-a");
		Jwt again = tokens.decode("good-a");
		clock.advance(Duration.ofMinutes(1));
		Jwt later = tokens.decode("good-a");

		assertThat(again).isSameAs(first);
		assertThat(later).isSameAs(first);
		assertThat(verifier.seen).containsExactly("good-a");
	}

	@Test
	void verifiesEveryOtherTokenItself() {
		tokens.decode("good-a");
		tokens.decode("good-b");

		assertThat(verifier.seen).containsExactly("good-a", "good-b");
	}

	@Test
	void neverRemembersARefusal() {
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("forged"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("forged"));

		assertThat(verifier.seen).containsExactly("forged", "forged");
	}

	@Test
	void asksTheVerifierAgainOnceTheTokenHasExpired() {
		tokens.decode("good-a");
		clock.advance(Duration.ofMinutes(16));
		verifier.refuseEverything = true;

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("good-a"));
		assertThat(verifier.seen).containsExactly("good-a", "good-a");
	}

	@Test
	void doesNotRememberATokenThatHasAlreadyExpired() {
		verifier.lifetime = Duration.ZERO;

		tokens.decode("good-a");
		tokens.decode("good-a");

		assertThat(verifier.seen).containsExactly("good-a", "good-a");
	}

	private static final class CountingVerifier implements JwtDecoder {

		private final Clock clock;

		private final List<String> seen = new ArrayList<>();

		private Duration lifetime = Duration.ofMinutes(15);

		private boolean refuseEverything;

		CountingVerifier(Clock clock) {
			this.clock = clock;
		}

		@Override
		public Jwt decode(String token) {
			seen.add(token);
			if (refuseEverything || !token.startsWith("good-")) {
				throw new BadJwtException("refused: " + token);
			}
			Instant issued = clock.instant();
			return Jwt.withTokenValue(token)
				.header("alg", "ES256")
				.subject("usr_" + token)
				.issuedAt(issued.minusSeconds(60))
				.expiresAt(issued.plus(lifetime))
				.build();
		}
	}
}
