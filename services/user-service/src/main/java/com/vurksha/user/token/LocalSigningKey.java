package com.vurksha.user.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A development signing key made on a developer's first local run and reused afterwards, so tokens survive
 * restarts. It lives in the local data folder, which is never committed; production configures its keys.
 */
final class LocalSigningKey {

	private static final Logger log = LoggerFactory.getLogger(LocalSigningKey.class);

	private LocalSigningKey() {
	}

	static ECKey loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return ECKey.parse(Files.readString(file, StandardCharsets.UTF_8));
			}
			ECKey key = new ECKeyGenerator(Curve.P_256).keyID("local-" + UUID.randomUUID().toString().substring(0, 8))
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.ES256)
				.generate();
			write(file, key.toJSONString());
			log.info("Generated a development signing key {} in {}", key.getKeyID(), file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the development key " + file, ex);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException("The development key " + file + " is unusable; delete it to make a new one",
					ex);
		}
	}

	private static void write(Path file, String json) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, "jwk", ".tmp");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("File system without POSIX permissions; the key file keeps default permissions");
		}
		Files.writeString(temporary, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
