package com.vurksha.order.coupon;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.pricing.Coupon;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators list and add coupons. */
@RestController
@RequestMapping("/api/v1/admin/coupons")
@Tag(name = "Coupon administration")
@SecurityRequirement(name = "bearer")
class AdminCouponController {

	private final Coupons coupons;

	private final Clock clock;

	AdminCouponController(Coupons coupons, Clock clock) {
		this.coupons = coupons;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listCoupons",
			summary = "All coupons", description = "Newest validity first. Needs role ADMIN.")
	ApiResponse<List<Coupon>> list() {
		return ApiResponse.ok(coupons.all());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createCoupon", summary = "Add a coupon",
			description = "PERCENT amounts are basis points (1000 = 10 %) with an optional maxDiscount in paise; FLAT "
					+ "amounts are paise. The code is stored upper-case; a taken code is 409 COUPON_CODE_TAKEN. "
					+ "perCustomerLimit defaults to 1, validFrom to now. Needs role ADMIN.")
	@ApiErrors({"COUPON_CODE_TAKEN"})
	ApiResponse<Coupon> add(@Valid @RequestBody NewCoupon body) {
		Coupon coupon = body.toCoupon(clock.instant());
		if (!coupons.add(coupon)) {
			throw new ApiException(OrderErrorCode.COUPON_CODE_TAKEN, "A coupon with code " + coupon.code() + " exists");
		}
		return ApiResponse.ok(coupon);
	}
}
