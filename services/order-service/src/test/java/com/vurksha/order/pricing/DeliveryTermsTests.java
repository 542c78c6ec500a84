package com.vurksha.order.pricing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTermsTests {

	private final DeliveryTerms zone = new DeliveryTerms(3_000, 49_900, 10_000);

	@Test
	void chargesTheZoneFeeBelowTheFreeDeliveryThreshold() {
		assertThat(zone.feeFor(49_899)).isEqualTo(3_000);
	}

	@Test
	void waivesTheFeeAtTheThreshold() {
		assertThat(zone.feeFor(49_900)).isZero();
		assertThat(zone.feeFor(80_000)).isZero();
	}

	@Test
	void aZoneWithoutThresholdAlwaysCharges() {
		assertThat(new DeliveryTerms(2_500, 0, 0).feeFor(1_000_000)).isEqualTo(2_500);
	}

	@Test
	void acceptsOrdersFromTheMinimumOrderValue() {
		assertThat(zone.accepts(9_999)).isFalse();
		assertThat(zone.accepts(10_000)).isTrue();
	}
}
