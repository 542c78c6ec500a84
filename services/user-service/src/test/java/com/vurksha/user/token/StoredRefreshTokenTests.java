package com.vurksha.user.token;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.user.token.StoredRefreshToken.Presentation;

import static org.assertj.core.api.Assertions.assertThat;

class StoredRefreshTokenTests {

	private static final Instant ISSUED = Instant.parse("2026-11-25T10:00:00Z");

	private static StoredRefreshToken fresh() {
		return new StoredRefreshToken(RefreshTokenValues.hash("token"), "rtf_1", "usr_1", ISSUED,
				ISSUED.plus(Duration.ofDays(30)), null, null);
	}

	@Test
	void rotatesAnUnusedTokenWithinItsLifetime() {
		assertThat(fresh().present(ISSUED.plus(Duration.ofDays(29))))
			.isEqualTo(Presentation.ROTATE);
	}

	@Nested
	class Refuses {

		@Test
		void aTokenUsedBeforeAsReuseSoTheFamilyIsRevoked() {
			StoredRefreshToken used = fresh().markUsed(ISSUED.plusSeconds(60));
			assertThat(used.present(ISSUED.plusSeconds(120))).isEqualTo(Presentation.REUSED);
		}

		@Test
		void anyTokenOfARevokedFamily() {
			StoredRefreshToken revoked = new StoredRefreshToken("h", "rtf_1", "usr_1", ISSUED,
					ISSUED.plus(Duration.ofDays(30)), null, ISSUED.plusSeconds(5));
			assertThat(revoked.present(ISSUED.plusSeconds(10))).isEqualTo(Presentation.FAMILY_REVOKED);
		}

		@Test
		void anExpiredToken() {
			assertThat(fresh().present(ISSUED.plus(Duration.ofDays(30)))).isEqualTo(Presentation.EXPIRED);
		}
	}

	@Test
	void makesOpaqueTokensOf256BitsAndStoresOnlyTheirHash() {
		String token = RefreshTokenValues.next();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(RefreshTokenValues.hash(token)).hasSize(64).isNotEqualTo(token)
			.isEqualTo(RefreshTokenValues.hash(token));
		assertThat(RefreshTokenValues.next()).isNotEqualTo(token);
	}
}
