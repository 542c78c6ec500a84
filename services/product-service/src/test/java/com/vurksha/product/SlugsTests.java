package com.vurksha.product;

import org.junit.jupiter.api.Test;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugsTests {

	@Test
	void makesLowerCaseWordsJoinedByHyphens() {
		assertThat(Slugs.of("Alphonso Aam (Ratnagiri)")).isEqualTo("alphonso-aam-ratnagiri");
		assertThat(Slugs.of("  Dairy & Eggs ")).isEqualTo("dairy-eggs");
	}

	@Test
	void dropsAccents() {
		assertThat(Slugs.of("Crème Fraîche")).isEqualTo("creme-fraiche");
	}

	@Test
	void prefersTheOperatorsSlug() {
		assertThat(Slugs.chosen("tamatar", "Tomato")).isEqualTo("tamatar");
		assertThat(Slugs.chosen(null, "Tomato")).isEqualTo("tomato");
	}

	@Test
	void refusesANameWithNothingToMakeASlugFrom() {
		assertThatIllegalArgumentException().isThrownBy(() -> Slugs.of("टमाटर"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Slugs.chosen(null, "टमाटर"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED));
	}
}
