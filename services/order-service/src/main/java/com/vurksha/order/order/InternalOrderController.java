package com.vurksha.order.order;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What other services ask about an order, with their own token (scope {@code orders:read}) and the owner's token as
 * context; not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/orders")
@Tag(name = "Internal")
@SecurityRequirement(name = "bearer")
class InternalOrderController {

	private final OrderManagement orders;

	InternalOrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An order's status and total for the payment service",
			description = "Needs the payment service's token (orders:read); only with the owner's token in "
					+ "X-Customer-Token is it found, otherwise 404 ORDER_NOT_FOUND.")
	@ApiErrors({"ORDER_NOT_FOUND"})
	ApiResponse<OrderBrief> get(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
		return ApiResponse.ok(orders.briefOf(id, user.id()));
	}
}
