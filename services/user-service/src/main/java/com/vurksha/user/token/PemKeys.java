package com.vurksha.user.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;

/**
 * Reads an EC key pair from PEM, as {@code openssl pkcs8 -topk8 -nocrypt} and {@code openssl ec -pubout} write it.
 * Both halves are needed because the JDK cannot derive the public key from the private one.
 */
final class PemKeys {

	private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

	private PemKeys() {
	}

	static ECKey parse(String pem) {
		byte[] privateDer = null;
		byte[] publicDer = null;
		Matcher blocks = BLOCK.matcher(pem);
		while (blocks.find()) {
			byte[] der = Base64.getMimeDecoder().decode(blocks.group(2).strip());
			switch (blocks.group(1)) {
				case "PRIVATE KEY" -> privateDer = der;
				case "PUBLIC KEY" -> publicDer = der;
				default -> throw new IllegalStateException("Unexpected PEM block " + blocks.group(1));
			}
		}
		if (privateDer == null || publicDer == null) {
			throw new IllegalStateException("PEM signing key needs a PRIVATE KEY and a PUBLIC KEY block");
		}
		try {
			KeyFactory factory = KeyFactory.getInstance("EC");
			ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
			ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicDer));
			return new ECKey.Builder(Curve.forECParameterSpec(publicKey.getParams()), publicKey).privateKey(privateKey)
				.build();
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalStateException("PEM signing key is not an EC key pair", ex);
		}
	}
}
