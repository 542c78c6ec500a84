package com.vurksha.order.pricing;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuoteTests {

	private static final DeliveryTerms ZONE = new DeliveryTerms(3_000, 49_900, 10_000);

	private static final List<PriceLine> BASKET = List.of(new PriceLine("v-paneer", 9_000, 2, 500),
			new PriceLine("v-tomato", 4_000, 1, 0), new PriceLine("v-ghee", 11_800, 1, 1200));

	@Test
	void totalsTheLinesAddsTheFeeAndShowsTheTaxInside() {
		Quote quote = Quote.of(BASKET, CouponDecision.NONE, ZONE);

		assertThat(quote.subtotal()).isEqualTo(33_800);
		assertThat(quote.deliveryFee()).isEqualTo(3_000);
		// 18000*500/10500 = 857.14 → 857; 0; 11800*1200/11200 = 1264.29 → 1264
		assertThat(quote.tax()).isEqualTo(857 + 1_264);
		assertThat(quote.total()).isEqualTo(36_800);
	}

	@Test
	void takesTheCouponOffBeforeJudgingFreeDelivery() {
		List<PriceLine> big = List.of(new PriceLine("v-honey", 52_000, 1, 500));
		CouponDecision fresh10 = CouponEligibility.decide(new Coupon("FRESH10", CouponKind.PERCENT, 1_000, null,
				20_000, Instant.EPOCH, null, 1), 52_000, 0, Instant.parse("2026-11-25T00:00:00Z"));

		Quote quote = Quote.of(big, fresh10, ZONE);

		assertThat(quote.discount()).isEqualTo(5_200);
		// 46 800 after the coupon is below the 49 900 threshold, so delivery is charged
		assertThat(quote.deliveryFee()).isEqualTo(3_000);
		assertThat(quote.total()).isEqualTo(52_000 - 5_200 + 3_000);
	}

	@Test
	void deliversFreeFromTheThreshold() {
		Quote quote = Quote.of(List.of(new PriceLine("v-rice", 49_900, 1, 500)), CouponDecision.NONE, ZONE);

		assertThat(quote.deliveryFee()).isZero();
		assertThat(quote.total()).isEqualTo(49_900);
	}

	@Test
	void refusesToQuoteWithARefusedCoupon() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Quote.of(BASKET, new CouponDecision(0, CouponRefusal.USED), ZONE));
	}
}
