package com.vurksha.delivery.zone;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

/** Operators manage delivery zones and the pincodes they serve. */
@RestController
@RequestMapping("/api/v1/admin/delivery/zones")
@Tag(name = "Delivery administration")
@SecurityRequirement(name = "bearer")
class AdminZoneController {

	private final ZoneAdministration administration;

	AdminZoneController(ZoneAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(operationId = "listZones", summary = "All zones with their pincodes", description = "Needs role ADMIN.")
	ApiResponse<List<ZoneDetail>> all() {
		return ApiResponse.ok(administration.all());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createZone", summary = "Open a zone",
			description = "Name, hub, deliveryFee, freeDeliveryThreshold and minimumOrderValue (paise) and optional "
					+ "pincodes. 409 ZONE_NAME_TAKEN for a name in use, 409 PINCODE_TAKEN when another zone serves "
					+ "one of the pincodes. Needs role ADMIN.")
	@ApiErrors({"PINCODE_TAKEN", "ZONE_NAME_TAKEN"})
	ApiResponse<ZoneDetail> open(@Valid @RequestBody NewZone zone) {
		return ApiResponse.ok(administration.open(zone));
	}

	@PatchMapping("/{zoneId}")
	@Operation(operationId = "updateZone", summary = "Change a zone's hub or fees",
			description = "Any of hub, deliveryFee, freeDeliveryThreshold and minimumOrderValue (paise); fields left out "
					+ "keep their value. Bookings made from now on see the new fees. 404 ZONE_NOT_FOUND. Needs role "
					+ "ADMIN.")
	@ApiErrors({"ZONE_NOT_FOUND"})
	ApiResponse<ZoneDetail> change(@PathVariable String zoneId, @Valid @RequestBody ZoneChanges changes) {
		return ApiResponse.ok(administration.change(zoneId, changes));
	}

	@PostMapping("/{zoneId}/pincodes")
	@Operation(operationId = "addZonePincodes", summary = "Add pincodes to a zone",
			description = "Pincodes the zone already serves are kept; 409 PINCODE_TAKEN when another zone serves one, "
					+ "404 ZONE_NOT_FOUND for an unknown zone. Needs role ADMIN.")
	@ApiErrors({"PINCODE_TAKEN", "ZONE_NOT_FOUND"})
	ApiResponse<ZoneDetail> addPincodes(@PathVariable String zoneId, @Valid @RequestBody PincodeList pincodes) {
		return ApiResponse.ok(administration.addPincodes(zoneId, pincodes));
	}
}
