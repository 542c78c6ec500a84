package com.vurksha.delivery.slot;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators see how full a zone's slots are on a day. */
@RestController
@RequestMapping("/api/v1/admin/delivery/zones/{zoneId}/slots")
@Tag(name = "Delivery administration")
@SecurityRequirement(name = "bearer")
class AdminSlotController {

	private final SlotAdministration administration;

	AdminSlotController(SlotAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listZoneSlots", summary = "A zone's slots on a day with their bookings",
			description = "date as YYYY-MM-DD (a day in Asia/Kolkata, past days included). Each slot with capacity, "
					+ "booked, remaining and when booking closes. 400 VALIDATION_FAILED for a malformed date, 404 "
					+ "ZONE_NOT_FOUND. Needs role ADMIN.")
	@ApiErrors({"ZONE_NOT_FOUND"})
	ApiResponse<List<AdminSlotView>> slots(@PathVariable String zoneId, @RequestParam String date) {
		return ApiResponse.ok(administration.slotsOn(zoneId, date));
	}
}
