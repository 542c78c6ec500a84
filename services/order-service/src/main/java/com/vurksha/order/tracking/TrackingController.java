package com.vurksha.order.tracking;

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

/** A customer follows their order on its way. Someone else's order answers 404 like a missing one. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class TrackingController {

	private final Tracking tracking;

	TrackingController(Tracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/{id}/tracking")
	@Operation(operationId = "getOrderTracking", summary = "Track my order",
			description = "The order's status with its delivery from the delivery service: rider's first name, "
					+ "last location, ETA, while the rider is on the way the code to give the rider, and after a failed "
					+ "attempt proofFileId, the rider's photo of the door to fetch from the file service. delivery is "
					+ "null while there is none yet; when the delivery service cannot be reached the answer is still "
					+ "200, with delivery null and deliveryUnavailable true. Another customer's order answers 404 "
					+ "ORDER_NOT_FOUND.")
	@ApiErrors({"ORDER_NOT_FOUND"})
	ApiResponse<TrackingView> get(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
		return ApiResponse.ok(tracking.of(id, user.id()));
	}
}
