package com.vurksha.order.pricing;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CouponEligibilityTests {

	private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

	/** FRESH10 as in the demo data: 10 % off orders of at least ₹200, once per customer. */
	private static Coupon fresh10() {
		return new Coupon("FRESH10", CouponKind.PERCENT, 1_000, null, 20_000, Instant.parse("2026-01-01T00:00:00Z"),
				null, 1);
	}

	private static Coupon flat(long amount) {
		return new Coupon("FLAT50", CouponKind.FLAT, amount, null, 0, Instant.parse("2026-01-01T00:00:00Z"), null, 3);
	}

	@Test
	void takesAPercentageOfTheSubtotal() {
		assertThat(CouponEligibility.decide(fresh10(), 45_000, 0, NOW).discount()).isEqualTo(4_500);
	}

	@Test
	void roundsAPercentageHalfUpToWholePaise() {
		// 10 % of 20 005 paise is 2 000.5 → 2 001; of 20 004 is 2 000.4 → 2 000
		assertThat(CouponEligibility.decide(fresh10(), 20_005, 0, NOW).discount()).isEqualTo(2_001);
		assertThat(CouponEligibility.decide(fresh10(), 20_004, 0, NOW).discount()).isEqualTo(2_000);
	}

	@Test
	void capsAPercentageAtItsMaximumDiscount() {
		Coupon capped = new Coupon("BIG20", CouponKind.PERCENT, 2_000, 5_000L, 0, Instant.EPOCH, null, 1);

		assertThat(CouponEligibility.decide(capped, 100_000, 0, NOW).discount()).isEqualTo(5_000);
		assertThat(CouponEligibility.decide(capped, 20_000, 0, NOW).discount()).isEqualTo(4_000);
	}

	@Test
	void takesAFlatAmountOff() {
		assertThat(CouponEligibility.decide(flat(5_000), 30_000, 2, NOW).discount()).isEqualTo(5_000);
	}

	@Test
	void neverTakesOffMoreThanTheSubtotal() {
		assertThat(CouponEligibility.decide(flat(5_000), 3_000, 0, NOW).discount()).isEqualTo(3_000);
	}

	@Test
	void appliesFromTheFirstInstantOfItsWindowToJustBeforeItsEnd() {
		Coupon window = new Coupon("DIWALI", CouponKind.FLAT, 1_000, null, 0, NOW, NOW.plusSeconds(3600), 1);

		assertThat(CouponEligibility.decide(window, 10_000, 0, NOW).refused()).isFalse();
		assertThat(CouponEligibility.decide(window, 10_000, 0, NOW.plusSeconds(3599)).refused()).isFalse();
	}

	@Nested
	class Refuses {

		@Test
		void anOrderBelowItsMinimum() {
			assertThat(CouponEligibility.decide(fresh10(), 19_999, 0, NOW).refusal()).isEqualTo(CouponRefusal.MIN_ORDER);
		}

		@Test
		void aCustomerWhoReachedTheLimit() {
			assertThat(CouponEligibility.decide(fresh10(), 45_000, 1, NOW).refusal()).isEqualTo(CouponRefusal.USED);
			assertThat(CouponEligibility.decide(flat(100), 45_000, 3, NOW).refusal()).isEqualTo(CouponRefusal.USED);
		}

		@Test
		void beforeItsWindowOpens() {
			Coupon later = new Coupon("LATER", CouponKind.FLAT, 1_000, null, 0, NOW.plusSeconds(1), null, 1);

			assertThat(CouponEligibility.decide(later, 10_000, 0, NOW).refusal())
				.isEqualTo(CouponRefusal.NOT_YET_VALID);
		}

		@Test
		void fromTheEndOfItsWindow() {
			Coupon ended = new Coupon("GONE", CouponKind.FLAT, 1_000, null, 0, Instant.EPOCH, NOW, 1);

			assertThat(CouponEligibility.decide(ended, 10_000, 0, NOW).refusal()).isEqualTo(CouponRefusal.EXPIRED);
		}

		@Test
		void withNoDiscount() {
			assertThat(CouponEligibility.decide(fresh10(), 100, 0, NOW).discount()).isZero();
		}
	}
}
