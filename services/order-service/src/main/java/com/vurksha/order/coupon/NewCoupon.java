package com.vurksha.order.coupon;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import com.vurksha.order.pricing.Coupon;
import com.vurksha.order.pricing.CouponKind;

/**
 * A coupon an operator adds.
 *
 * @param amount basis points for PERCENT (1000 = 10 %, at most 10000), paise for FLAT
 * @param minOrder defaults to 0
 * @param validFrom defaults to now
 */
record NewCoupon(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{3,40}") String code, @NotNull CouponKind kind,
		@Positive long amount, @Positive Long maxDiscount, @Min(0) Long minOrder, Instant validFrom, Instant validTo,
		@Min(1) @Max(1000) Integer perCustomerLimit) {

	@AssertTrue(message = "a PERCENT coupon takes at most 10000 basis points")
	boolean isPercentWithinWhole() {
		return kind != CouponKind.PERCENT || amount <= 10_000;
	}

	@AssertTrue(message = "validTo must be after validFrom")
	boolean isWindowOrdered() {
		return validTo == null || validFrom == null || validTo.isAfter(validFrom);
	}

	Coupon toCoupon(Instant now) {
		return new Coupon(Coupons.normalised(code), kind, amount, maxDiscount, (minOrder != null) ? minOrder : 0,
				(validFrom != null) ? validFrom : now, validTo, (perCustomerLimit != null) ? perCustomerLimit : 1);
	}
}
