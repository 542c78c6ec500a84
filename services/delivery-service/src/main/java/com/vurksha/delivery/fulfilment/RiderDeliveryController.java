package com.vurksha.delivery.fulfilment;

import java.util.List;

import jakarta.validation.Valid;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The rider app. Every call needs role RIDER and a rider record bound to the caller (403 NOT_A_RIDER otherwise);
 * another rider's delivery answers 404 DELIVERY_NOT_FOUND like a missing one, and a move the delivery's state does
 * not allow answers 409 DELIVERY_STATE_CONFLICT naming that state.
 */
@RestController
@RequestMapping("/api/v1/rider/deliveries")
@Tag(name = "Rider")
@SecurityRequirement(name = "bearer")
class RiderDeliveryController {

	private final RiderCaller caller;

	private final RiderDeliveries deliveries;

	private final Handovers handovers;

	private final LocationUpdates locations;

	RiderDeliveryController(RiderCaller caller, RiderDeliveries deliveries, Handovers handovers,
			LocationUpdates locations) {
		this.caller = caller;
		this.deliveries = deliveries;
		this.handovers = handovers;
		this.locations = locations;
	}

	@GetMapping
	@Operation(operationId = "listRiderDeliveries", summary = "My open deliveries",
			description = "ASSIGNED to ARRIVED, earliest slot first, with order number, slot, address, amountToCollect "
					+ "(paise), status and attempt. Paginated.")
	@ApiErrors({"NOT_A_RIDER"})
	ApiResponse<List<DeliveryView>> open(CurrentUser user, PageQuery page) {
		RiderDeliveries.Page found = deliveries.open(caller.of(user), page);
		return ApiResponse.page(found.deliveries(), page, found.total());
	}

	@PostMapping("/{id}/accept")
	@Operation(operationId = "acceptDelivery",
			summary = "Accept an assigned delivery", description = "ASSIGNED becomes ACCEPTED.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT", "NOT_A_RIDER"})
	ApiResponse<DeliveryView> accept(CurrentUser user, @PathVariable String id) {
		return ApiResponse.ok(deliveries.accept(caller.of(user), id));
	}

	@PostMapping("/{id}/reject")
	@Operation(operationId = "rejectDelivery", summary = "Turn a delivery down",
			description = "From ASSIGNED or ACCEPTED; optional body {reason}. The delivery goes to another rider at "
					+ "once and is not offered to this rider again in this attempt.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT", "NOT_A_RIDER"})
	ApiResponse<DeliveryView> reject(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody(required = false) RiderRequests.Rejection rejection) {
		return ApiResponse.ok(deliveries.reject(caller.of(user), id, (rejection != null) ? rejection.reason() : null));
	}

	@PostMapping("/{id}/pickup")
	@Operation(operationId = "pickUpDelivery", summary = "Picked up at the hub",
			description = "ACCEPTED becomes PICKED_UP; the customer's doorstep code becomes valid.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT", "NOT_A_RIDER"})
	ApiResponse<DeliveryView> pickUp(CurrentUser user, @PathVariable String id) {
		return ApiResponse.ok(deliveries.pickUp(caller.of(user), id));
	}

	@PostMapping("/{id}/location")
	@Operation(operationId = "reportRiderLocation", summary = "Report the rider's position",
			description = "{latitude, longitude, accuracyMeters?, recordedAt?} while PICKED_UP, EN_ROUTE or ARRIVED "
					+ "(409 otherwise). The first ping makes it EN_ROUTE; within 100 m of the address it becomes "
					+ "ARRIVED. Answers status and etaMinutes (null without a map pin). 400 VALIDATION_FAILED for "
					+ "impossible coordinates or 0,0; 429 RATE_LIMITED with retryAfter for more than one ping per "
					+ "5 s per delivery.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT", "NOT_A_RIDER"})
	ApiResponse<LocationUpdates.Progress> location(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody RiderRequests.Location location) {
		return ApiResponse.ok(locations.record(caller.of(user), id, location));
	}

	@PostMapping("/{id}/deliver")
	@Operation(operationId = "markDelivered", summary = "Hand over against the doorstep code",
			description = "{otp} while PICKED_UP, EN_ROUTE or ARRIVED. 422 DELIVERY_OTP_INVALID with "
					+ "remainingAttempts in details; after 5 wrong codes 423 DELIVERY_OTP_LOCKED until an operator "
					+ "resets it.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_OTP_INVALID", "DELIVERY_OTP_LOCKED", "DELIVERY_STATE_CONFLICT",
			"NOT_A_RIDER"})
	ApiResponse<DeliveryView> deliver(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody RiderRequests.Handover handover) {
		return ApiResponse.ok(handovers.deliver(caller.of(user), id, handover.otp()));
	}

	@PostMapping("/{id}/fail")
	@Operation(operationId = "failDelivery", summary = "Could not deliver",
			description = "{reason: CUSTOMER_UNAVAILABLE|ADDRESS_NOT_FOUND|CUSTOMER_REFUSED|DAMAGED|OTHER, note?, "
					+ "proofFileId?} from ACCEPTED to ARRIVED. CUSTOMER_UNAVAILABLE, ADDRESS_NOT_FOUND and OTHER on a "
					+ "first attempt are reattempted (the delivery is UNASSIGNED again with attempt + 1); otherwise it "
					+ "stays FAILED and the order returns to the hub. proofFileId is a photo of the door the rider "
					+ "uploaded to the file service (purpose delivery-proof) for this delivery; it is checked there "
					+ "and answered back as proofFileId. 422 DELIVERY_PROOF_INVALID when the file is unknown, not a "
					+ "delivery proof or another delivery's; 503 SERVICE_UNAVAILABLE or 504 DEPENDENCY_TIMEOUT (both "
					+ "retryable) when the file service cannot check it. Either way the delivery is left unchanged.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_PROOF_INVALID", "DELIVERY_STATE_CONFLICT", "DEPENDENCY_TIMEOUT",
			"NOT_A_RIDER"})
	ApiResponse<DeliveryView> fail(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody RiderRequests.Failure failure) {
		return ApiResponse.ok(deliveries.fail(caller.of(user), id, failure));
	}
}
