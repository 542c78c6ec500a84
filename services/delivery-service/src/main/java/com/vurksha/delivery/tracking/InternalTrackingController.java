package com.vurksha.delivery.tracking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The order service reads a delivery's tracking here with its own token (scope {@code deliveries:read}) and the
 * customer's token as context; not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/deliveries")
@Tag(name = "Delivery tracking (internal)")
@SecurityRequirement(name = "bearer")
class InternalTrackingController {

	private final DeliveryTracking tracking;

	InternalTrackingController(DeliveryTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/by-order/{orderId}")
	@Operation(summary = "Tracking of an order's delivery",
			description = "{deliveryId, orderId, userId, status, attempt, riderFirstName, lastLocation {latitude, "
					+ "longitude, recordedAt} or null, etaMinutes, etaAt, deliveryOtp}. deliveryOtp only while "
					+ "PICKED_UP, EN_ROUTE or ARRIVED. Cached up to 30 s (status changes show at once, the location "
					+ "may be that old). Needs the order service's token (deliveries:read) with the "
					+ "customer's token in X-Customer-Token, of the order's customer or an operator; 404 "
					+ "DELIVERY_NOT_FOUND when the order has no delivery or is someone else's.")
	@ApiErrors({"DELIVERY_NOT_FOUND"})
	ApiResponse<TrackingView> byOrder(@PathVariable String orderId, CurrentUser caller) {
		return ApiResponse.ok(tracking.byOrder(orderId, caller));
	}
}
