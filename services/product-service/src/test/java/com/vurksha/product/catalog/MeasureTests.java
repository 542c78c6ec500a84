package com.vurksha.product.catalog;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasureTests {

	@ParameterizedTest(name = "{0} {1} reads \"{2}\"")
	@CsvSource({ "G, 250, 250 g", "G, 1000, 1 kg", "G, 1500, 1.5 kg", "KG, 5, 5 kg", "ML, 500, 500 ml",
			"ML, 1000, 1 L", "ML, 1500, 1.5 L", "L, 2, 2 L", "PIECE, 1, 1 piece", "PIECE, 6, 6 pieces",
			"BUNCH, 1, 1 bunch", "BUNCH, 2, 2 bunches", "DOZEN, 1, 1 dozen", "DOZEN, 2, 2 dozen" })
	void labelsPacksTheWayShoppersReadThem(Unit unit, int value, String label) {
		assertThat(new Measure(unit, value).label()).isEqualTo(label);
	}

	@Test
	void pricesA250GramPackAt30RupeesAt120RupeesPerKg() {
		Measure quarterKilo = new Measure(Unit.G, 250);

		assertThat(quarterKilo.pricePerKg(3000)).isEqualTo(12000);
		assertThat(quarterKilo.pricePerLitre(3000)).isNull();
	}

	@Test
	void pricesAKiloPackByTheKilo() {
		assertThat(new Measure(Unit.KG, 2).pricePerKg(9000)).isEqualTo(4500);
	}

	@Test
	void pricesMillilitrePacksPerLitre() {
		assertThat(new Measure(Unit.ML, 500).pricePerLitre(4500)).isEqualTo(9000);
		assertThat(new Measure(Unit.L, 1).pricePerLitre(9000)).isEqualTo(9000);
		assertThat(new Measure(Unit.ML, 500).pricePerKg(4500)).isNull();
	}

	@Test
	void roundsPricePerKgToTheNearestPaisa() {
		// 333 g for ₹10: 3003.003 paise per kg
		assertThat(new Measure(Unit.G, 333).pricePerKg(1000)).isEqualTo(3003);
		// 400 g for 999 paise: 2497.5 rounds up
		assertThat(new Measure(Unit.G, 400).pricePerKg(999)).isEqualTo(2498);
	}

	@ParameterizedTest
	@CsvSource({ "PIECE, 6", "BUNCH, 1", "DOZEN, 1" })
	void hasNoPricePerKgOrLitreForCountedPacks(Unit unit, int value) {
		Measure measure = new Measure(unit, value);

		assertThat(measure.pricePerKg(6000)).isNull();
		assertThat(measure.pricePerLitre(6000)).isNull();
	}

	@Nested
	class Refuses {

		@Test
		void aZeroOrNegativeSize() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Measure(Unit.G, 0));
			assertThatIllegalArgumentException().isThrownBy(() -> new Measure(Unit.KG, -1));
		}
	}
}
