package com.vurksha.platform.idempotency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestFingerprint fingerprint = new RequestFingerprint(json);

	record Line(String variantId, int quantity) {
	}

	record Order(String addressId, List<Line> lines) {
	}

	@Test
	void ignoresTheOrderOfKeysAtEveryDepth() {
		String one = "{\"addressId\":\"a1\",\"lines\":[{\"variantId\":\"v1\",\"quantity\":2}],\"notes\":{\"x\":1,\"y\":2}}";
		String other = "{\"notes\":{\"y\":2,\"x\":1},\"lines\":[{\"quantity\":2,\"variantId\":\"v1\"}],\"addressId\":\"a1\"}";

		assertThat(fingerprint.of("POST", "/api/v1/orders", json.readTree(one)))
			.isEqualTo(fingerprint.of("POST", "/api/v1/orders", json.readTree(other)));
	}

	@Test
	void treatsARecordAndTheEquivalentMapAlike() {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("quantity", 2);
		line.put("variantId", "v1");
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lines", List.of(line));
		map.put("addressId", "a1");

		assertThat(fingerprint.of("POST", "/api/v1/orders", map))
			.isEqualTo(fingerprint.of("POST", "/api/v1/orders", new Order("a1", List.of(new Line("v1", 2)))));
	}

	@Test
	void writesCanonicalJsonWithSortedKeys() {
		assertThat(fingerprint.canonicalJson(json.readTree("{\"b\":[3,{\"d\":1,\"c\":2}],\"a\":null}")))
			.isEqualTo("{\"a\":null,\"b\":[3,{\"c\":2,\"d\":1}]}");
	}

	@Test
	void keepsTheOrderOfArrayElements() {
		assertThat(fingerprint.of("POST", "/r", json.readTree("[1,2]")))
			.isNotEqualTo(fingerprint.of("POST", "/r", json.readTree("[2,1]")));
	}

	@Test
	void distinguishesBodiesMethodsAndRoutes() {
		Order order = new Order("a1", List.of(new Line("v1", 2)));
		String base = fingerprint.of("POST", "/api/v1/orders", order);

		assertThat(fingerprint.of("POST", "/api/v1/orders", new Order("a1", List.of(new Line("v1", 3)))))
			.isNotEqualTo(base);
		assertThat(fingerprint.of("PUT", "/api/v1/orders", order)).isNotEqualTo(base);
		assertThat(fingerprint.of("POST", "/api/v1/payments", order)).isNotEqualTo(base);
	}

	@Test
	void isAHexSha256AndIgnoresTheCaseOfTheMethod() {
		String hash = fingerprint.of("post", "/r", null);

		assertThat(hash).hasSize(64).matches("[0-9a-f]+");
		assertThat(hash).isEqualTo(fingerprint.of("POST", "/r", null));
	}
}
