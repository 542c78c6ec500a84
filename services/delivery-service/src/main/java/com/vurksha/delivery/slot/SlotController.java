package com.vurksha.delivery.slot;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shows the delivery slots of a day for a pincode. */
@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery")
class SlotController {

	private final SlotOffer offer;

	SlotController(SlotOffer offer) {
		this.offer = offer;
	}

	@GetMapping("/slots")
	@Operation(operationId = "listSlots", summary = "Delivery slots for a pincode on a day",
			description = "The slots of the pincode's zone on date (YYYY-MM-DD, a day in Asia/Kolkata), earliest "
					+ "first, with capacity, remaining places and available (room left and cutoff not passed). Slots "
					+ "exist for the next 7 days; a later day answers an empty list. 400 VALIDATION_FAILED for a "
					+ "malformed pincode or date or a past date, 404 PINCODE_NOT_SERVICEABLE when no zone serves the "
					+ "pincode. No sign-in needed.")
	@ApiErrors({"PINCODE_NOT_SERVICEABLE"})
	ApiResponse<List<SlotView>> slots(@RequestParam String pincode, @RequestParam String date) {
		return ApiResponse.ok(offer.slots(pincode, date));
	}
}
