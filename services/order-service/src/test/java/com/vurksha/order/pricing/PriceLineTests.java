package com.vurksha.order.pricing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceLineTests {

	@Test
	void totalsUnitPriceTimesQuantityInPaise() {
		PriceLine line = new PriceLine("v-paneer", 9_000, 3, 500);

		assertThat(line.total()).isEqualTo(27_000);
		// 27000 * 500 / 10500 = 1285.71… → 1286
		assertThat(line.tax()).isEqualTo(1_286);
	}

	@Test
	void taxIsRoundedPerLineNotPerUnit() {
		PriceLine line = new PriceLine("v-curry-leaves", 10, 3, 500);

		// per unit 0.476… rounds to 0 (three times 0); the line's 1.428… rounds to 1
		assertThat(line.tax()).isEqualTo(1);
	}

	@Test
	void refusesNonPositiveQuantitiesAndNegativePrices() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PriceLine("v", 100, 0, 500));
		assertThatIllegalArgumentException().isThrownBy(() -> new PriceLine("v", -1, 1, 500));
	}
}
