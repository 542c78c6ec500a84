package com.vurksha.product.review;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import com.vurksha.product.review.ReviewReads.ReviewPage;
import com.vurksha.product.review.ReviewSubmission.Submitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reviews of one product: the public list, and the signed-in customer's own review. */
@RestController
@RequestMapping("/api/v1/products/{idOrSlug}/reviews")
@Tag(name = "Reviews")
class ReviewController {

	private final ReviewReads reads;

	private final ReviewSubmission submission;

	ReviewController(ReviewReads reads, ReviewSubmission submission) {
		this.reads = reads;
		this.submission = submission;
	}

	@GetMapping
	@Operation(operationId = "listProductReviews",
			summary = "Published reviews of a product", description = "Newest first, paged with page and limit; "
			+ "no sign-in needed. 404 PRODUCT_NOT_FOUND for an unknown or withdrawn product.")
	@ApiErrors({"PRODUCT_NOT_FOUND"})
	ApiResponse<List<ReviewView>> list(@PathVariable String idOrSlug, PageQuery page) {
		ReviewPage result = reads.published(idOrSlug, page);
		return ApiResponse.page(result.items(), page, result.total());
	}

	@GetMapping("/mine")
	@Operation(operationId = "getMyReview",
			summary = "My review of a product", description = "With its status (PUBLISHED or HIDDEN). "
			+ "404 REVIEW_NOT_FOUND when the caller has not reviewed it.", security = @SecurityRequirement(name = "bearer"))
	@ApiErrors({"PRODUCT_NOT_FOUND", "REVIEW_NOT_FOUND"})
	ApiResponse<ReviewView> mine(@PathVariable String idOrSlug, CurrentUser caller) {
		return ApiResponse.ok(reads.mine(idOrSlug, caller.id()));
	}

	@PostMapping
	@Operation(operationId = "submitReview",
			summary = "Review a product, or change my review", description = "The author is the signed-in "
			+ "caller. 201 when created, 200 when the caller's review was edited (a hidden review stays hidden). "
			+ "403 REVIEW_NOT_ALLOWED unless an order with this product was delivered to the caller; 422 "
			+ "REVIEW_REJECTED for abusive language; 400 VALIDATION_FAILED for a rating outside 1-5, a comment over "
			+ "1000 characters or an unknown field.", security = @SecurityRequirement(name = "bearer"))
	@ApiErrors({"PRODUCT_NOT_FOUND", "REVIEW_NOT_ALLOWED", "REVIEW_REJECTED"})
	ResponseEntity<ApiResponse<ReviewView>> submit(@PathVariable String idOrSlug,
			@Valid @RequestBody ReviewRequest request, CurrentUser caller) {
		Submitted submitted = submission.submit(idOrSlug, caller.id(), ReviewText.of(request));
		return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ApiResponse.ok(ReviewView.owned(submitted.review())));
	}
}
