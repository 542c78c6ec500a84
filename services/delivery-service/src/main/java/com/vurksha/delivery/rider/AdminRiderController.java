package com.vurksha.delivery.rider;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators manage the riders who deliver. */
@RestController
@RequestMapping("/api/v1/admin/riders")
@Tag(name = "Rider administration")
@SecurityRequirement(name = "bearer")
class AdminRiderController {

	private final RiderAdministration administration;

	AdminRiderController(RiderAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listRiders",
			summary = "Riders, by name", description = "Optionally of one zone (zoneId). Paginated. Needs role ADMIN.")
	ApiResponse<List<Rider>> list(@RequestParam(required = false) String zoneId, PageQuery page) {
		RiderAdministration.Page found = administration.list(zoneId, page);
		return ApiResponse.page(found.riders(), page, found.total());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createRider", summary = "Add a rider",
			description = "phone (+91 and ten digits), name, zoneId, shiftStart and shiftEnd (HH:mm, Asia/Kolkata, end "
					+ "after start), capacity 1-20, optional active and userId. Without userId the rider is bound to "
					+ "the user the user service registered with that phone and role RIDER, now or when it does. "
					+ "400 VALIDATION_FAILED, 404 ZONE_NOT_FOUND, 409 RIDER_PHONE_TAKEN, 409 RIDER_USER_TAKEN. "
					+ "Needs role ADMIN.")
	@ApiErrors({"RIDER_PHONE_TAKEN", "RIDER_USER_TAKEN", "ZONE_NOT_FOUND"})
	ApiResponse<Rider> create(@Valid @RequestBody NewRider rider) {
		return ApiResponse.ok(administration.create(rider));
	}

	@PatchMapping("/{riderId}")
	@Operation(operationId = "updateRider", summary = "Change a rider",
			description = "Any of name, zoneId, shiftStart, shiftEnd, capacity (1-20), active, userId; fields left out "
					+ "keep their value. Deliveries the rider holds stay with them. 404 RIDER_NOT_FOUND, 404 "
					+ "ZONE_NOT_FOUND, 409 RIDER_USER_TAKEN, 400 VALIDATION_FAILED. Needs role ADMIN.")
	@ApiErrors({"RIDER_NOT_FOUND", "RIDER_USER_TAKEN", "ZONE_NOT_FOUND"})
	ApiResponse<Rider> change(@PathVariable String riderId, @Valid @RequestBody RiderChanges changes) {
		return ApiResponse.ok(administration.change(riderId, changes));
	}
}
