package com.vurksha.user.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTests {

	@TempDir
	Path dir;

	private static AuthProperties properties(List<AuthProperties.Key> keys, String activeKid, Path generated) {
		return new AuthProperties("vurksha-user-service", Duration.ofMinutes(15), Duration.ofDays(30), keys, activeKid,
				generated);
	}

	@Test
	void generatesADevelopmentKeyOnceAndReusesItOnLaterRuns() throws Exception {
		Path file = dir.resolve("keys/user-service-jwk.json");
		SigningKeys first = SigningKeys.from(properties(List.of(), null, file));
		SigningKeys second = SigningKeys.from(properties(List.of(), null, file));
		assertThat(file).exists();
		assertThat(second.active().getKeyID()).isEqualTo(first.active().getKeyID());
		assertThat(second.active().toECPrivateKey()).isEqualTo(first.active().toECPrivateKey());
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
	}

	@Test
	void publishesEveryConfiguredKeySoTokensSurviveARotation() throws Exception {
		ECKey old = new ECKeyGenerator(Curve.P_256).generate();
		ECKey current = new ECKeyGenerator(Curve.P_256).generate();
		SigningKeys keys = SigningKeys.from(properties(List.of(new AuthProperties.Key("k-old", old.toJSONString(), null),
				new AuthProperties.Key("k-new", current.toJSONString(), null)), "k-new", null));
		assertThat(keys.active().getKeyID()).isEqualTo("k-new");
		assertThat(keys.publicKeys().getKeys()).extracting(key -> key.getKeyID()).containsExactly("k-old", "k-new");
		assertThat(keys.publicKeys().getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
	}

	@Nested
	class Refuses {

		@Test
		void toStartWithoutAnyKey() {
			assertThatThrownBy(() -> SigningKeys.from(properties(List.of(), null, null)))
				.hasMessageContaining("vurksha.auth.keys");
		}

		@Test
		void anActiveKidThatIsNotConfigured() throws Exception {
			ECKey key = new ECKeyGenerator(Curve.P_256).generate();
			assertThatThrownBy(() -> SigningKeys
				.from(properties(List.of(new AuthProperties.Key("k1", key.toJSONString(), null)), "k2", null)))
				.hasMessageContaining("k2");
		}

		@Test
		void aPublicOnlyKey() throws Exception {
			ECKey key = new ECKeyGenerator(Curve.P_256).generate();
			assertThatThrownBy(() -> SigningKeys.from(properties(
					List.of(new AuthProperties.Key("k1", key.toPublicJWK().toJSONString(), null)), null, null)))
				.hasMessageContaining("private");
		}
	}
}
