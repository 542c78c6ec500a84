package com.vurksha.order.checkout;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.order.order.OrderView;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Places an order from the caller's cart, at most once per idempotency key. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class CheckoutController {

	private final Checkout checkout;

	CheckoutController(Checkout checkout) {
		this.checkout = checkout;
	}

	@PostMapping
	@Operation(operationId = "placeOrder", summary = "Place an order from my cart",
			description = "Needs X-Idempotency-Key: a repeat replays the first answer, a different body under a used "
					+ "key is 422, a repeat while the first runs is 409 retryable. Holds the slot, reserves the stock, "
					+ "prices the lines at the product service's prices (GST included), applies the coupon and the "
					+ "zone's delivery fee. COD answers CONFIRMED, ONLINE answers PENDING_PAYMENT with expiresAt. "
					+ "If anything fails after the slot or the stock was asked for, both are released and nothing is "
					+ "stored; a service that is down answers 503 retryable.")
	@ApiErrors({"ADDRESS_NOT_FOUND", "BELOW_MINIMUM_ORDER", "CART_EMPTY", "COUPON_EXPIRED", "COUPON_MIN_ORDER",
			"COUPON_NOT_FOUND", "COUPON_NOT_YET_VALID", "COUPON_USED", "DEPENDENCY_TIMEOUT",
			"IDEMPOTENCY_KEY_IN_PROGRESS", "IDEMPOTENCY_KEY_REQUIRED", "IDEMPOTENCY_KEY_REUSED", "INSUFFICIENT_STOCK",
			"PRODUCT_UNAVAILABLE", "SLOT_CLOSED", "SLOT_FULL", "SLOT_NOT_FOUND", "SLOT_NOT_IN_ZONE", "SLOT_UNAVAILABLE"})
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "the order placed (a replay answers the first answer)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlacedOrderAnswer.class)))
	ResponseEntity<?> place(@RequestHeader(name = "X-Idempotency-Key", required = false) String key,
			@Valid @RequestBody CheckoutRequest body, @Parameter(hidden = true) CurrentUser user) {
		return checkout.place(user.id(), key, body);
	}

	/** The answer's shape for the API document. */
	record PlacedOrderAnswer(boolean success, OrderView data, Meta meta) {
	}
}
