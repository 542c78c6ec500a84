package com.vurksha.product.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vurksha.product.search.DemoCatalogueFile.Named;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search service's synonym and pack-size lists (kept as data next to its analyzers) are well formed and cover
 * the demo catalogue: every product and category is found by its English name, its Devanagari name and the Latin
 * spelling the catalogue used before, and every pack label by the ways customers type it.
 */
class SearchWordListsTests {

	@Test
	void synonymLinesAreWellFormed() throws IOException {
		SynonymFile synonyms = SynonymFile.read("synonyms.txt");

		assertThat(synonyms.problems()).isEmpty();
		assertThat(synonyms.groups()).hasSizeGreaterThan(80);
	}

	@Test
	void unitLinesAreWellFormed() throws IOException {
		SynonymFile units = SynonymFile.read("units.txt");

		assertThat(units.problems()).isEmpty();
	}

	@Test
	void coversEveryDemoProductAndCategoryInEnglishDevanagariAndLatinLetters() throws IOException {
		SynonymFile synonyms = SynonymFile.read("synonyms.txt");
		List<Named> demo = DemoCatalogueFile.productsAndCategories();

		assertThat(demo).hasSizeGreaterThanOrEqualTo(74 + 14);
		for (Named named : demo) {
			String english = term(named.english());
			assertThat(synonyms.contains(english)).as(named.id() + ": '" + english + "'").isTrue();
			assertThat(synonyms.group(term(named.devanagari()))).as(named.id() + ": its Devanagari name")
				.contains(synonyms.group(english).orElseThrow());
			assertThat(synonyms.contains(term(named.latinHindi()))).as(named.id() + ": '" + named.latinHindi() + "'")
				.isTrue();
		}
	}

	@Test
	void findsProduceByTheHinglishSpellingsCustomersType() throws IOException {
		SynonymFile synonyms = SynonymFile.read("synonyms.txt");

		assertSameGroup(synonyms, "onion", "pyaaz", "pyaz", "pyaj", "प्याज", "प्याज़");
		assertSameGroup(synonyms, "tomato", "tamatar", "tamaatar", "tomatoe", "टमाटर");
		assertSameGroup(synonyms, "potato", "aloo", "alu", "आलू");
		assertSameGroup(synonyms, "okra", "bhindi", "bhindee", "ladies finger");
		assertSameGroup(synonyms, "coriander leaves", "dhaniya", "dhania", "coriander");
		assertSameGroup(synonyms, "spinach", "palak", "पालक");
		assertSameGroup(synonyms, "cauliflower", "gobhi", "gobi");
		assertSameGroup(synonyms, "ginger", "adrak");
		assertSameGroup(synonyms, "garlic", "lahsun", "lehsun", "lasun");
		assertSameGroup(synonyms, "banana", "kela");
		assertSameGroup(synonyms, "mango", "aam", "आम");
		assertSameGroup(synonyms, "apple", "seb");
		assertSameGroup(synonyms, "milk", "doodh", "दूध");
		assertSameGroup(synonyms, "curd", "dahi", "दही");
		assertSameGroup(synonyms, "paneer", "panner", "पनीर");
		assertSameGroup(synonyms, "rice", "chawal", "चावल");
		assertSameGroup(synonyms, "atta", "aata", "wheat flour");
		assertSameGroup(synonyms, "dal", "daal", "dals pulses");
	}

	@Test
	void coversEveryDemoPackLabelAndHowCustomersTypeIt() throws IOException {
		SynonymFile units = SynonymFile.read("units.txt");
		List<String> labels = DemoCatalogueFile.packLabels();

		assertThat(labels).contains("500 g", "1 kg", "1 dozen", "1 L", "6 pieces", "1 bunch");
		assertThat(labels).allSatisfy(label -> assertThat(units.contains(term(label))).as(label).isTrue());
		assertSameGroup(units, "1 kg", "1kg", "1 kilo");
		assertSameGroup(units, "500 g", "500g", "500 gm", "half kg");
		assertSameGroup(units, "1 dozen", "dozen", "12 pcs");
		assertSameGroup(units, "1 l", "1 litre", "1 ltr", "1l");
		assertSameGroup(units, "l", "litre", "ltr");
	}

	@Test
	void rejectsDuplicatesEmptyTermsUpperCaseLoneTermsAndStopWords() {
		SynonymFile broken = SynonymFile.parse(
				List.of("# comment", "onion, pyaaz", "pyaaz, ,Tomato", "alone", "dairy and eggs, dairy"));

		assertThat(broken.problems()).hasSize(5)
			.anySatisfy(problem -> assertThat(problem).contains("'dairy and eggs' holds an English stop word"))
			.anySatisfy(problem -> assertThat(problem).contains("'pyaaz' is already on line 2"))
			.anySatisfy(problem -> assertThat(problem).contains("empty term"))
			.anySatisfy(problem -> assertThat(problem).contains("'Tomato' is not lower-case"))
			.anySatisfy(problem -> assertThat(problem).contains("at least two terms"));
	}

	/** A catalogue name as a search term: lower case, without its bracketed note, "&", commas or hyphens. */
	static String term(String name) {
		return name.replaceAll("\\(.*?\\)", " ")
			.replace("&", " ")
			.replace('-', ' ')
			.replace(",", " ")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static void assertSameGroup(SynonymFile file, String term, String... equivalents) {
		assertThat(file.group(term)).as(term).hasValueSatisfying(group -> assertThat(group).contains(equivalents));
	}
}
