package com.vurksha.product.review;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProfanityFilterTests {

	final ProfanityFilter filter = ProfanityFilter.fromResource(ReviewConfiguration.WORD_LIST);

	@Nested
	class Refuses {

		@ParameterizedTest
		@ValueSource(strings = { "This is shit", "SHIT tomatoes", "what the Fuck.", "utter bullshit!!" })
		void aListedEnglishWordInAnyCase(String text) {
			assertThat(filter.isProfane(text)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "delivery boy was a chutiya", "Bhenchod, rotten onions", "GANDU service",
				"सब्ज़ी वाला चूतिया है" })
		void aHindiOrHinglishWord(String text) {
			assertThat(filter.isProfane(text)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "sh1t quality", "$hit", "b1tch", "a55hole seller", "5lut" })
		void digitsOrSymbolsForLetters(String text) {
			assertThat(filter.isProfane(text)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "shiiiit", "FUUUCK this", "chuuutiya", "sh11t" })
		void lettersRepeatedForEmphasis(String text) {
			assertThat(filter.isProfane(text)).isTrue();
		}

		@Test
		void aDevanagariWordInEitherSpellingOfItsNukta() {
			assertThat(filter.isProfane("भोसड़ीके")).isTrue();
			assertThat(filter.isProfane("भोस\u0921\u093Cीके")).isTrue();
		}
	}

	@Nested
	class Accepts {

		@ParameterizedTest
		@ValueSource(strings = { "Fresh shiitake, lovely", "Scunthorpe farmers would approve", "Classic taste",
				"Pass the peas", "5 stars, 100% fresh", "Bahut accha aloo, ekdum taaza", "ताज़ा टमाटर, बढ़िया" })
		void ordinaryWordsThatContainOrResembleListedOnes(String text) {
			assertThat(filter.isProfane(text)).isFalse();
		}

		@Test
		void noText() {
			assertThat(filter.isProfane(null)).isFalse();
			assertThat(filter.isProfane("")).isFalse();
		}
	}

	@Test
	void foldsRepeatsOnlyWhenTheWordRepeatsALetter() {
		ProfanityFilter doubled = new ProfanityFilter(List.of("ass"));

		assertThat(doubled.isProfane("asss")).isTrue();
		assertThat(doubled.isProfane("as fresh as ever")).isFalse();
	}

	@Test
	void ignoresBlankEntriesOfTheList() {
		ProfanityFilter blanks = new ProfanityFilter(List.of("", "  "));

		assertThat(blanks.isProfane("anything at all")).isFalse();
	}
}
