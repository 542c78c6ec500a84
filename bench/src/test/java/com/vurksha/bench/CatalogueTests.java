package com.vurksha.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTests {

	@Test
	void fillsABasketOfDistinctPacksUpToTheMinimum() {
		Catalogue catalogue = new Catalogue(List.of("p1"), List.of(new Catalogue.Variant("a", 5_000, 1),
				new Catalogue.Variant("b", 6_000, 2), new Catalogue.Variant("c", 4_000, 1)), List.of());

		for (int i = 0; i < 50; i++) {
			List<Catalogue.Variant> basket = catalogue.basket(ThreadLocalRandom.current(), 15_000);

			assertThat(basket).doesNotHaveDuplicates();
			assertThat(basket.stream().mapToLong(v -> v.pricePaise() * v.quantity()).sum()).isGreaterThanOrEqualTo(15_000);
		}
	}

	@Test
	void stopsAtEveryPackWhenTheMinimumCannotBeReached() {
		Catalogue catalogue = new Catalogue(List.of("p1"), List.of(new Catalogue.Variant("a", 100, 1)), List.of());

		assertThat(catalogue.basket(ThreadLocalRandom.current(), 15_000)).hasSize(1);
	}

	@Test
	void takesTheCdnPathOfAPictureAndNothingElse() {
		assertThat(Catalogue.imagePath("http://localhost:8080/cdn/p/" + "ab".repeat(32) + ".webp"))
			.hasValue("/cdn/p/" + "ab".repeat(32) + ".webp");
		assertThat(Catalogue.imagePath("https://images.vurksha.in/catalogue/okra.jpg")).isEmpty();
		assertThat(Catalogue.imagePath("")).isEmpty();
	}
}
