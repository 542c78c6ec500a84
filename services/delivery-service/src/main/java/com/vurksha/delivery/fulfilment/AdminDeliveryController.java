package com.vurksha.delivery.fulfilment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators watch deliveries and unlock doorstep codes. */
@RestController
@RequestMapping("/api/v1/admin/deliveries")
@Tag(name = "Delivery administration")
@SecurityRequirement(name = "bearer")
class AdminDeliveryController {

	private final DeliveryOperations operations;

	AdminDeliveryController(DeliveryOperations operations) {
		this.operations = operations;
	}

	@GetMapping
	@Operation(operationId = "listDeliveries", summary = "Deliveries, newest first",
			description = "Optionally only those in one status (?status=UNASSIGNED …); an unknown status is 400 "
					+ "VALIDATION_FAILED. Paginated. Needs role ADMIN.")
	ApiResponse<List<DeliveryView>> list(@RequestParam(required = false) DeliveryStatus status, PageQuery page) {
		DeliveryOperations.Page found = operations.list(status, page);
		return ApiResponse.page(found.deliveries(), page, found.total());
	}

	@PostMapping("/{id}/otp/reset")
	@Operation(operationId = "resetDeliveryOtp", summary = "Give the customer a new doorstep code",
			description = "While PICKED_UP, EN_ROUTE or ARRIVED (409 DELIVERY_STATE_CONFLICT otherwise): the old code "
					+ "stops working, the wrong-code count starts again and the customer's tracking shows the new "
					+ "code. 404 DELIVERY_NOT_FOUND. Needs role ADMIN.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT"})
	ApiResponse<DeliveryView> resetOtp(@PathVariable String id) {
		return ApiResponse.ok(operations.resetOtp(id));
	}
}
