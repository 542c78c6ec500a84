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
 * Other services read deliveries here with their own tokens (scope {@code deliveries:read}); not routed by the
 * gateway. The order service reads an order's tracking with the customer's token as context; the file service reads
 * who a delivery concerns.
 */
@RestController
@RequestMapping("/internal/v1/deliveries")
@Tag(name = "Delivery tracking (internal)")
@SecurityRequirement(name = "bearer")
class InternalTrackingController {

	private final DeliveryTracking tracking;

	private final DeliveryDirectory directory;

	InternalTrackingController(DeliveryTracking tracking, DeliveryDirectory directory) {
		this.tracking = tracking;
		this.directory = directory;
	}

	@GetMapping("/{deliveryId}")
	@Operation(summary = "Who a delivery concerns",
			description = "{deliveryId, orderId, userId (the customer), riderUserId (the assigned rider's user, null "
					+ "while unassigned), status}, read fresh. The file service checks with it that a rider uploading "
					+ "a proof holds the delivery, and who may see the proof. Needs a service token for "
					+ "delivery-service with deliveries:read; 404 DELIVERY_NOT_FOUND.")
	@ApiErrors({"DELIVERY_NOT_FOUND"})
	ApiResponse<DeliveryParties> parties(@PathVariable String deliveryId) {
		return ApiResponse.ok(directory.parties(deliveryId));
	}

	@GetMapping("/by-order/{orderId}")
	@Operation(summary = "Tracking of an order's delivery",
			description = "{deliveryId, orderId, userId, status, attempt, riderFirstName, lastLocation {latitude, "
					+ "longitude, recordedAt} or null, etaMinutes, etaAt, deliveryOtp, proofFileId}. deliveryOtp only "
					+ "while PICKED_UP, EN_ROUTE or ARRIVED; proofFileId (a file service id) when the last attempt "
					+ "failed with the rider's photo of the door. Cached up to 30 s (status changes show at once, the location "
					+ "may be that old). Needs the order service's token (deliveries:read) with the "
					+ "customer's token in X-Customer-Token, of the order's customer or an operator; 404 "
					+ "DELIVERY_NOT_FOUND when the order has no delivery or is someone else's.")
	@ApiErrors({"DELIVERY_NOT_FOUND"})
	ApiResponse<TrackingView> byOrder(@PathVariable String orderId, CurrentUser caller) {
		return ApiResponse.ok(tracking.byOrder(orderId, caller));
	}
}
