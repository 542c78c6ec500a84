package com.vurksha.product.category;

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

/** Operators add categories. */
@RestController
@RequestMapping("/api/v1/admin/categories")
@Tag(name = "Catalogue administration")
@SecurityRequirement(name = "bearer")
class AdminCategoryController {

	private final CategoryCatalogue catalogue;

	AdminCategoryController(CategoryCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createCategory",
			summary = "Add a category", description = "Needs role ADMIN. 404 CATEGORY_NOT_FOUND for an unknown "
			+ "parent, 409 SLUG_TAKEN when the slug is in use.")
	@ApiErrors({"CATEGORY_NOT_FOUND", "SLUG_TAKEN"})
	ApiResponse<Category> add(@Valid @RequestBody NewCategory request) {
		return ApiResponse.ok(catalogue.add(request));
	}
}
