package com.vurksha.delivery.zone;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tells the app whether we deliver to a pincode. */
@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery")
class ServiceabilityController {

	private final Zones zones;

	ServiceabilityController(Zones zones) {
		this.zones = zones;
	}

	@GetMapping("/serviceability")
	@Operation(operationId = "checkServiceability", summary = "Whether we deliver to a pincode",
			description = "serviceable:false with zone null for a pincode no zone serves; otherwise the zone with its "
					+ "delivery fee, free-delivery threshold and minimum order value in paise. A pincode that is not "
					+ "6 digits (first not 0) is 400 VALIDATION_FAILED. No sign-in needed.")
	ApiResponse<Serviceability> serviceability(@RequestParam String pincode) {
		Pincodes.require("pincode", pincode);
		return ApiResponse.ok(Serviceability.of(pincode, zones.serving(pincode)));
	}
}
