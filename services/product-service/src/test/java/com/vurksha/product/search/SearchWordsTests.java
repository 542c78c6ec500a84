package com.vurksha.product.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTests {

	@Test
	void keepsDistinctWordsOfTwoOrMoreCharacters() {
		assertThat(SearchWords.of("  aloo 1kg a aloo ").words()).containsExactly("aloo", "1kg");
	}

	@Test
	void keepsTheWholeTextWhenNoWordIsLongEnough() {
		assertThat(SearchWords.of("k").words()).containsExactly("k");
		assertThat(SearchWords.of(" ").isEmpty()).isTrue();
		assertThat(SearchWords.of(null).isEmpty()).isTrue();
	}

	@Test
	void keepsAtMostEightWords() {
		assertThat(SearchWords.of("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10").words()).hasSize(SearchWords.MAX_WORDS)
			.last()
			.isEqualTo("w8");
	}

	@Test
	void ignoresTheNuktaWhetherComposedOrNot() {
		String precomposed = "\u092A\u094D\u092F\u093E\u095B";
		String decomposed = "\u092A\u094D\u092F\u093E\u091C\u093C";

		assertThat(SearchWords.of(precomposed).words()).containsExactly("\u092A\u094D\u092F\u093E\u091C");
		assertThat(SearchWords.of(decomposed).words()).isEqualTo(SearchWords.of(precomposed).words());
	}

	@Test
	void escapesLikeWildcardsSoTheyMatchLiterally() {
		SearchWords words = SearchWords.of("50% a_b c\\d");

		assertThat(words.contains(0)).isEqualTo("%50\\%%");
		assertThat(words.startsWith(1)).isEqualTo("a\\_b%");
		assertThat(words.startsAWord(2)).isEqualTo("% c\\\\d%");
	}
}
