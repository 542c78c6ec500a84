package com.vurksha.order.order;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A customer's own orders: list, detail and cancel. Someone else's order answers 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class OrderController {

	private final OrderManagement orders;

	OrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@GetMapping
	@Operation(operationId = "listOrders",
			summary = "My orders", description = "Newest first, paginated with page and limit.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Orders per page, 1 to 100 (default 20)")
	ApiResponse<List<OrderSummary>> list(@Parameter(hidden = true) CurrentUser user,
			@Parameter(hidden = true) PageQuery page) {
		return ApiResponse.page(orders.pageOf(user.id(), page), page, orders.countOf(user.id()));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrder",
			summary = "One of my orders", description = "Items with their snapshots, totals, status, payment "
			+ "status and timeline. Another customer's order answers 404 ORDER_NOT_FOUND.")
	@ApiErrors({"ORDER_NOT_FOUND"})
	ApiResponse<OrderView> get(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
		return ApiResponse.ok(orders.viewOf(id, user.id()));
	}

	@PostMapping("/{id}/cancel")
	@Operation(operationId = "cancelOrder",
			summary = "Cancel my order", description = "Allowed while PENDING_PAYMENT or CONFIRMED; later answers "
			+ "409 ILLEGAL_TRANSITION. Stock and slot are released through the order.order.cancelled event, and a "
			+ "paid order is refunded.")
	@ApiErrors({"ILLEGAL_TRANSITION", "ORDER_NOT_FOUND"})
	ApiResponse<OrderView> cancel(@PathVariable String id, @Valid @RequestBody Cancellation body,
			@Parameter(hidden = true) CurrentUser user) {
		String reason = (body.reason() == null || body.reason().isBlank()) ? "CUSTOMER_REQUEST" : body.reason();
		return ApiResponse.ok(orders.cancelByCustomer(id, user.id(), reason));
	}

	/** Why the customer cancels. */
	record Cancellation(@Size(max = 500) String reason) {
	}
}
