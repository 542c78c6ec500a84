package com.vurksha.notification.channel.push;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a Google service-account key that the JWT-bearer grant needs.
 *
 * @param tokenUri where the signed assertion is exchanged for an access token
 */
record ServiceAccount(String projectId, String clientEmail, String privateKeyId, RSAPrivateKey privateKey,
		String tokenUri) {

	static ServiceAccount parse(String json, JsonMapper mapper) {
		if (json == null || json.isBlank()) {
			throw new IllegalStateException("vurksha.notification.push.fcm.service-account (FCM_SERVICE_ACCOUNT_JSON) "
					+ "must hold the Firebase service account's JSON key to send pushes");
		}
		JsonNode node = mapper.readTree(json);
		return new ServiceAccount(required(node, "project_id"), required(node, "client_email"),
				node.path("private_key_id").asString(""), rsaKey(required(node, "private_key")),
				required(node, "token_uri"));
	}

	private static String required(JsonNode node, String field) {
		String value = node.path(field).asString("");
		if (value.isBlank()) {
			throw new IllegalStateException("The FCM service account JSON lacks " + field);
		}
		return value;
	}

	private static RSAPrivateKey rsaKey(String pem) {
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return (RSAPrivateKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The FCM service account's private_key is not a PKCS#8 RSA key", ex);
		}
	}
}
