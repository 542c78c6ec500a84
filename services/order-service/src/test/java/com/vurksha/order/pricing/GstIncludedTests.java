package com.vurksha.order.pricing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GstIncludedTests {

	@Test
	void findsTheTaxInsideAGstInclusivePrice() {
		// ₹105.00 at 5 %: ₹100.00 plus ₹5.00 tax.
		assertThat(GstIncluded.taxIn(10_500, 500)).isEqualTo(500);
		// ₹118.00 at 18 %: ₹100.00 plus ₹18.00 tax.
		assertThat(GstIncluded.taxIn(11_800, 1800)).isEqualTo(1800);
	}

	@Test
	void roundsHalfUpToWholePaise() {
		// 9000 * 500 / 10500 = 428.571… → 429
		assertThat(GstIncluded.taxIn(9_000, 500)).isEqualTo(429);
		// 21 * 500 / 10500 = 1.0 exactly; 10 * 500 / 10500 = 0.476… → 0; 11 * 500 / 10500 = 0.5238… → 1
		assertThat(GstIncluded.taxIn(21, 500)).isEqualTo(1);
		assertThat(GstIncluded.taxIn(10, 500)).isZero();
		assertThat(GstIncluded.taxIn(11, 500)).isEqualTo(1);
	}

	@Test
	void roundsAnExactHalfUp() {
		// at a 100 % rate half of the price is tax: 1 paisa → 0.5 → 1, 3 paise → 1.5 → 2
		assertThat(GstIncluded.taxIn(1, 10_000)).isEqualTo(1);
		assertThat(GstIncluded.taxIn(3, 10_000)).isEqualTo(2);
	}

	@Test
	void exemptGoodsCarryNoTax() {
		assertThat(GstIncluded.taxIn(4_000, 0)).isZero();
	}
}
