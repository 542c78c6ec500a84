package com.vurksha.delivery.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.delivery.fulfilment.DeliveryView;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators move deliveries between riders. */
@RestController
@RequestMapping("/api/v1/admin/deliveries")
@Tag(name = "Delivery administration")
@SecurityRequirement(name = "bearer")
class AdminReassignController {

	private final Reassignments reassignments;

	AdminReassignController(Reassignments reassignments) {
		this.reassignments = reassignments;
	}

	/** The rider to move the delivery to; none means the assignment rule picks. */
	record Reassignment(@Size(max = 64) String riderId) {
	}

	@PostMapping("/{id}/reassign")
	@Operation(operationId = "reassignDelivery", summary = "Move a delivery to another rider",
			description = "From UNASSIGNED, ASSIGNED or ACCEPTED (409 DELIVERY_STATE_CONFLICT once picked up). Body "
					+ "{riderId?}: the named rider must be active, bound to an account and below capacity (409 "
					+ "RIDER_UNAVAILABLE, 404 RIDER_NOT_FOUND); without it the assignment rule picks, and the delivery "
					+ "stays UNASSIGNED when no rider is free. 400 VALIDATION_FAILED when riderId is longer than 64 characters. The former rider's load drops. 404 DELIVERY_NOT_FOUND. "
					+ "Needs role ADMIN.")
	@ApiErrors({"DELIVERY_NOT_FOUND", "DELIVERY_STATE_CONFLICT", "RIDER_NOT_FOUND", "RIDER_UNAVAILABLE"})
	ApiResponse<DeliveryView> reassign(@PathVariable String id,
			@RequestBody(required = false) @Valid Reassignment reassignment) {
		return ApiResponse.ok(reassignments.reassign(id, (reassignment != null) ? reassignment.riderId() : null));
	}
}
