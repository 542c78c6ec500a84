package com.vurksha.product.catalog;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceTests {

	@Test
	void allowsSellingAtMrp() {
		Price atMrp = new Price(4000, 4000);

		assertThat(atMrp.discountPercent()).isZero();
	}

	@Test
	void roundsTheDiscountDownSoTheAppNeverOverstatesTheSaving() {
		// ₹33 off ₹100 is 33 %; ₹29.99 off ₹90 is 33.32 %, shown as 33
		assertThat(new Price(6700, 10000).discountPercent()).isEqualTo(33);
		assertThat(new Price(6001, 9000).discountPercent()).isEqualTo(33);
	}

	@Nested
	class Refuses {

		@Test
		void aPriceAboveMrp() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Price(3600, 3500)).withMessageContaining("MRP");
		}

		@Test
		void aFreeOrNegativePrice() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Price(0, 100));
			assertThatIllegalArgumentException().isThrownBy(() -> new Price(-100, 100));
		}
	}
}
