package com.vurksha.product.catalog;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.FarmRef;
import com.vurksha.product.catalog.Refs.GrowerRef;
import com.vurksha.product.catalog.Refs.Rating;
import com.vurksha.product.image.ImageVariant;
import com.vurksha.product.image.ProductImage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Product pages and list pages travel through Redis as JSON; what comes back must equal what went in. */
class CachedValuesTests {

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final CategoryRef vegetables = new CategoryRef("cat-veg", "vegetables", "Vegetables", "Sabzi");

	@Test
	void aProductPageSurvivesTheRoundTrip() {
		VariantView quarterKilo = new VariantView("var-1", "250 g", Unit.G, 250, 900, 1000, "INR", 10, 3600L, null, 1,
				1, 10, true, true, new GrowerRef("farm-1", "Kolar Greens"));
		ProductDetail tomato = new ProductDetail("prd-1", "tomato", "Tomato", "Tamatar", "Tangy", vegetables,
				new FarmRef("farm-1", "kolar", "Kolar Greens", "Malur", "Kolar", "Karnataka", false), List.of("desi"),
				List.of(uploaded(), ProductImage.ofUrl("https://images.example/t.jpg")), "https://cdn.example/p/card.webp",
				"0702", 0, true, true, 98, new Rating(4.5, 12), "INR",
				Instant.parse("2026-11-01T04:30:00Z"), List.of(quarterKilo));

		assertThat(json.readValue(json.writeValueAsString(tomato), ProductDetail.class)).isEqualTo(tomato);
	}

	@Test
	void aListPageSurvivesTheRoundTrip() {
		ProductPage page = new ProductPage(List.of(new ProductSummary("prd-1", "tomato", "Tomato", "Tamatar", null,
				null, List.of(), vegetables, "Kolar Greens", 900, 1000, "250 g", "INR", true, new Rating(0, 0))), 61);

		assertThat(json.readValue(json.writeValueAsString(page), ProductPage.class)).isEqualTo(page);
	}

	@Test
	void aListPageWithPicturesSurvivesTheRoundTrip() {
		ProductSummary tile = new ProductSummary("prd-1", "tomato", "Tomato", "Tamatar", null, null, List.of(), vegetables,
				"Kolar Greens", 900, 1000, "250 g", "INR", true, new Rating(0, 0))
			.withImages(List.of(uploaded()));
		ProductPage page = new ProductPage(List.of(tile), 1);

		assertThat(json.readValue(json.writeValueAsString(page), ProductPage.class)).isEqualTo(page);
		assertThat(tile.images().get(0).full().sources()).isNull();
	}

	private static ProductImage uploaded() {
		return new ProductImage("6f1c0a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", rendition("thumb", 200),
				rendition("card", 600), rendition("full", 1600));
	}

	private static ImageVariant rendition(String name, int width) {
		return new ImageVariant("https://cdn.example/p/" + name + ".webp", width, width * 3 / 4, "webp",
				List.of(new ImageVariant.Source("webp", "https://cdn.example/p/" + name + ".webp"),
						new ImageVariant.Source("jpeg", "https://cdn.example/p/" + name + ".jpg")));
	}
}
