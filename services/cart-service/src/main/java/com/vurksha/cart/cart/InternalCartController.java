package com.vurksha.cart.cart;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The cart as checkout reads it, with the order service's token (scope {@code cart:read}) and the customer's token as
 * context naming whose cart: unpriced, so it costs no call to the product service, and with the version that the
 * order placed from it will name.
 */
@RestController
@RequestMapping("/internal/v1/cart")
@Tag(name = "Internal")
@SecurityRequirement(name = "bearer")
class InternalCartController {

	private final Carts carts;

	InternalCartController(Carts carts) {
		this.carts = carts;
	}

	@GetMapping
	@Operation(summary = "The caller's cart lines and cart version, for checkout",
			description = "An order naming this version takes exactly these lines out of the cart; lines set later "
					+ "stay.")
	@ApiErrors({"CART_UNAVAILABLE"})
	ApiResponse<OrderableCart> cart(CurrentUser user) {
		return ApiResponse.ok(carts.orderable(user.id()));
	}
}
