package com.vurksha.product.review;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators moderate reviews. Every call needs role ADMIN (the platform guards all admin paths). */
@RestController
@RequestMapping("/api/v1/admin/reviews")
@Tag(name = "Reviews administration")
class AdminReviewController {

	private final ReviewModeration moderation;

	AdminReviewController(ReviewModeration moderation) {
		this.moderation = moderation;
	}

	@PostMapping("/{id}/status")
	@Operation(operationId = "moderateReview",
			summary = "Show or hide a review", description = "HIDDEN takes it out of the public list and the "
			+ "product's rating, PUBLISHED puts it back; the same status again changes nothing. 404 REVIEW_NOT_FOUND "
			+ "for an unknown id.", security = @SecurityRequirement(name = "bearer"))
	@ApiErrors({"REVIEW_NOT_FOUND"})
	ApiResponse<ReviewView> setStatus(@PathVariable String id, @Valid @RequestBody StatusChange request) {
		return ApiResponse.ok(ReviewView.owned(moderation.setStatus(id, request.status())));
	}
}
