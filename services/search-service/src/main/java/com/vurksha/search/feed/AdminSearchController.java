package com.vurksha.search.feed;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.search.feed.IndexRebuild.Rebuilt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators rebuild the search index from the catalogue (admin role). */
@RestController
@RequestMapping("/api/v1/admin/search")
@Tag(name = "Search administration")
@SecurityRequirement(name = "bearer")
class AdminSearchController {

	private final IndexRebuild rebuild;

	AdminSearchController(IndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/rebuild")
	@Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index",
			description = "Reads every active product from the product service into a new versioned index, then "
					+ "moves the alias to it atomically: searches keep answering throughout. Answers when done, with "
					+ "the new index's name and product count. 409 REBUILD_RUNNING while another rebuild runs; 503 "
					+ "SERVICE_UNAVAILABLE when the product service or the index cannot take part (the old index stays).")
	@ApiErrors({"REBUILD_RUNNING"})
	ApiResponse<Rebuilt> rebuild() {
		return ApiResponse.ok(rebuild.rebuild());
	}
}
