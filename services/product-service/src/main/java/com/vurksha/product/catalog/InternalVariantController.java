package com.vurksha.product.catalog;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.product.BadInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Other services read current prices and stock of many variants at once with their own token (scope
 * {@code variants:read}); not routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/variants")
@Tag(name = "Variants (internal)")
@SecurityRequirement(name = "bearer")
class InternalVariantController {

	private final VariantLookup lookup;

	InternalVariantController(VariantLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping
	@Operation(summary = "Current price and stock of variants",
			description = "Up to 100 comma-separated ids, answered in the order asked, read from the database (never "
					+ "cached). Unknown ids are left out; withdrawn variants are included with active false. No ids "
					+ "or more than 100: 400 VALIDATION_FAILED.")
	ApiResponse<List<VariantAvailability>> variants(
			@Parameter(description = "comma-separated variant ids, at most 100") @RequestParam(required = false) String ids) {
		return ApiResponse.ok(lookup.find(parse(ids)));
	}

	static List<String> parse(String ids) {
		List<String> parsed = (ids == null) ? List.of()
				: Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
		if (parsed.isEmpty()) {
			throw BadInput.field("ids", "name at least one variant id");
		}
		if (parsed.size() > VariantLookup.MAX_IDS) {
			throw BadInput.field("ids", "at most " + VariantLookup.MAX_IDS + " ids, not " + parsed.size());
		}
		return parsed;
	}
}
