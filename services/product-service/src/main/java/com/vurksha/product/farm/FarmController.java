package com.vurksha.product.farm;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.product.web.ConditionalGet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public pages about the farms. */
@RestController
@RequestMapping("/api/v1/farms")
@Tag(name = "Catalogue")
class FarmController {

	private final FarmDirectory directory;

	private final ConditionalGet conditionalGet;

	FarmController(FarmDirectory directory, ConditionalGet conditionalGet) {
		this.directory = directory;
		this.conditionalGet = conditionalGet;
	}

	@GetMapping
	@Operation(operationId = "listFarms",
			summary = "Partner farms", description = "Paged with page and limit, ordered by name.")
	ResponseEntity<ApiResponse<List<Farm>>> list(PageQuery page, WebRequest request) {
		return conditionalGet.respond(request, directory.page(page));
	}

	@GetMapping("/{idOrSlug}")
	@Operation(operationId = "getFarm",
			summary = "One farm by id or slug", description = "404 FARM_NOT_FOUND when there is none.")
	@ApiErrors({"FARM_NOT_FOUND"})
	ResponseEntity<ApiResponse<Farm>> get(@PathVariable String idOrSlug, WebRequest request) {
		return conditionalGet.respond(request, ApiResponse.ok(directory.get(idOrSlug)));
	}
}
