package com.vurksha.order.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators move orders along the state machine. */
@RestController
@RequestMapping("/api/v1/admin/orders")
@Tag(name = "Order administration")
@SecurityRequirement(name = "bearer")
class AdminOrderController {

	private final OrderManagement orders;

	AdminOrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@PostMapping("/{id}/status")
	@Operation(operationId = "changeOrderStatus", summary = "Move an order to a status",
			description = "PENDING_PAYMENT→CONFIRMED|CANCELLED, CONFIRMED→PACKED|CANCELLED, PACKED→OUT_FOR_DELIVERY, "
					+ "OUT_FOR_DELIVERY→DELIVERED; anything else is 409 ILLEGAL_TRANSITION naming the current status "
					+ "(OUT_FOR_DELIVERY→PACKED|CANCELLED happen only on the delivery service's failure events). "
					+ "Publishes order.order.status-changed, and confirmed, packed (with what the rider needs), "
					+ "delivered or cancelled for those targets. Needs role ADMIN.")
	@ApiErrors({"ILLEGAL_TRANSITION", "ORDER_NOT_FOUND"})
	ApiResponse<OrderView> move(@PathVariable String id, @Valid @RequestBody StatusChange body,
			@Parameter(hidden = true) CurrentUser operator) {
		return ApiResponse.ok(orders.moveByOperator(id, body.status(), operator.id()));
	}

	/** The status to move to. */
	record StatusChange(@NotNull OrderStatus status) {
	}
}
