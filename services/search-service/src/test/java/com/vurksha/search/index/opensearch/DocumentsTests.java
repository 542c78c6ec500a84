package com.vurksha.search.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.IndexedProduct.Pack;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentsTests {

	final Documents documents = new Documents(JsonMapper.builder().build());

	@Test
	void turnsPackLabelsIntoUnitWordsSoThatTypedSizesMatch() {
		assertThat(Documents.units(List.of(pack("v1", "500 g", 10), pack("v2", "1 kg", 0), pack("v3", "1 dozen", 3))))
			.containsExactly("500g", "g", "1kg", "kg", "1dozen", "dozen");
	}

	@Test
	void showsAProductFromItsCheapestPackInStock() {
		IndexedProduct onion = product(List.of(pack("v-big", "5 kg", 4), pack("v-small", "1 kg", 0)));

		ObjectNode doc = documents.toDocument(onion);

		assertThat(doc.get("priceFrom").asLong()).isEqualTo(5_000);
		assertThat(doc.get("inStock").asBoolean()).isTrue();
		assertThat(doc.get("keywords").asString()).isEqualTo("Vegetables सब्ज़ी Kolar Farm organic");
	}

	@Test
	void readsBackWhatItWrites() {
		IndexedProduct onion = product(List.of(pack("v-small", "1 kg", 2)));

		assertThat(documents.fromDocument(documents.toDocument(onion))).isEqualTo(onion);
	}

	private static Pack pack(String id, String label, int available) {
		long price = label.startsWith("5") ? 5_000 : 1_200;
		return new Pack(id, label, price, price + 100, available);
	}

	private static IndexedProduct product(List<Pack> packs) {
		return new IndexedProduct("p-onion", "onion", "Onion", "प्याज", "cat-veg", "Vegetables", "सब्ज़ी",
				List.of("cat-fresh", "cat-veg"), "farm-kolar",
				"Kolar Farm", true, List.of(), "https://images.example/onion.jpg", packs, 4.5, 10,
				Instant.parse("2026-12-01T10:00:00Z"));
	}
}
