package com.vurksha.product.farm;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

/** Operators add partner farms. */
@RestController
@RequestMapping("/api/v1/admin/farms")
@Tag(name = "Catalogue administration")
@SecurityRequirement(name = "bearer")
class AdminFarmController {

	private final FarmDirectory directory;

	AdminFarmController(FarmDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createFarm",
			summary = "Add a farm", description = "Needs role ADMIN. 409 SLUG_TAKEN when the slug is in use.")
	@ApiErrors({"SLUG_TAKEN"})
	ApiResponse<Farm> add(@Valid @RequestBody NewFarm request) {
		return ApiResponse.ok(directory.add(request));
	}
}
