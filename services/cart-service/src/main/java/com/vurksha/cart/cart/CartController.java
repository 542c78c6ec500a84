package com.vurksha.cart.cart;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The signed-in customer's own cart; a cart is found by the token's user id only, so no one sees another's. */
@RestController
@RequestMapping("/api/v1/cart")
@Tag(name = "Cart")
@SecurityRequirement(name = "bearer")
class CartController {

	private static final Pattern VARIANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	private final Carts carts;

	CartController(Carts carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(operationId = "getCart", summary = "My cart with current prices, line totals, subtotal and warnings",
			description = "If the product service cannot answer, the last known prices come back with the warning "
					+ "PRICES_MAY_BE_STALE. Every read keeps the cart alive for its full expiry again.")
	@ApiErrors({"CART_UNAVAILABLE"})
	ApiResponse<CartView> cart(CurrentUser user) {
		return ApiResponse.ok(carts.view(user.id()));
	}

	@PutMapping("/items/{variantId}")
	@Operation(operationId = "setCartItem", summary = "Set the quantity of one variant in my cart; 0 removes it",
			description = "The quantity must be within the variant's maxPerOrder and its stock, and a cart holds at "
					+ "most 50 different variants. Answers the cart.")
	@ApiErrors({"CART_LINE_LIMIT", "CART_UNAVAILABLE", "INSUFFICIENT_STOCK", "QUANTITY_ABOVE_MAX_PER_ORDER",
			"QUANTITY_NOT_ALLOWED", "VARIANT_NOT_FOUND", "VARIANT_UNAVAILABLE"})
	ApiResponse<CartView> setQuantity(CurrentUser user, @PathVariable String variantId,
			@Valid @RequestBody QuantityChange change) {
		if (!VARIANT_ID.matcher(variantId).matches()) {
			throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "Invalid value for 'variantId'")
				.withDetails(List.of(new FieldViolation("variantId", "letters, digits, '-' or '_', at most 64")));
		}
		return ApiResponse.ok(carts.setQuantity(user.id(), variantId, change.quantity()));
	}

	@DeleteMapping
	@Operation(operationId = "clearCart", summary = "Empty my cart")
	@ApiErrors({"CART_UNAVAILABLE"})
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "the cart is empty")
	ResponseEntity<Void> clear(CurrentUser user) {
		carts.clear(user.id());
		return ResponseEntity.noContent().build();
	}
}
