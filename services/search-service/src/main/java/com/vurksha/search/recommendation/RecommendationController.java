package com.vurksha.search.recommendation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Recommendations for a product page (public) and for the signed-in customer's home screen. */
@RestController
@Tag(name = "Recommendations")
class RecommendationController {

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/api/v1/products/{id}/recommendations")
	@Operation(operationId = "listRecommendations", summary = "Often bought together",
			description = "Up to 10 products most often in the same delivered orders as this one, topped up with the "
					+ "best rated products in stock of its category. Hidden products never appear; an unknown product "
					+ "answers an empty list. No sign-in needed.")
	ApiResponse<List<RecommendedProduct>> boughtWith(@PathVariable String id) {
		return ApiResponse.ok(recommendations.boughtWith(id));
	}

	@GetMapping("/api/v1/recommendations/me")
	@Operation(operationId = "listBuyAgain", summary = "Buy again",
			description = "The signed-in customer's most often ordered products (from delivered orders) that are in "
					+ "stock now, up to 10.",
			security = @SecurityRequirement(name = "bearer"))
	ApiResponse<List<RecommendedProduct>> buyAgain(CurrentUser caller) {
		return ApiResponse.ok(recommendations.buyAgain(caller.id()));
	}
}
