package com.vurksha.delivery.slot;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators manage the weekly delivery windows of a zone. */
@RestController
@RequestMapping("/api/v1/admin/delivery/zones/{zoneId}/templates")
@Tag(name = "Delivery administration")
@SecurityRequirement(name = "bearer")
class AdminSlotTemplateController {

	private final SlotAdministration administration;

	AdminSlotTemplateController(SlotAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listSlotTemplates",
			summary = "The zone's weekly windows",
			description = "404 ZONE_NOT_FOUND for an unknown zone. Needs role ADMIN.")
	@ApiErrors({"ZONE_NOT_FOUND"})
	ApiResponse<List<SlotTemplate>> all(@PathVariable String zoneId) {
		return ApiResponse.ok(administration.ofZone(zoneId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addSlotTemplate", summary = "Add a weekly window",
			description = "weekday (MONDAY..SUNDAY), start and end as HH:mm in Asia/Kolkata, capacity and cutoffMinutes "
					+ "(booking closes that long before the start). Its slots for the days ahead are generated at once. "
					+ "400 when end is not after start, 409 TEMPLATE_OVERLAPS when it overlaps another window of the "
					+ "zone that weekday, 404 ZONE_NOT_FOUND. Needs role ADMIN.")
	@ApiErrors({"TEMPLATE_OVERLAPS", "ZONE_NOT_FOUND"})
	ApiResponse<SlotTemplate> add(@PathVariable String zoneId, @Valid @RequestBody NewSlotTemplate template) {
		return ApiResponse.ok(administration.add(zoneId, template));
	}
}
