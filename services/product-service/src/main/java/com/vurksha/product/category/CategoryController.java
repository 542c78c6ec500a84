package com.vurksha.product.category;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.vurksha.platform.api.Meta;
import com.vurksha.product.web.ConditionalGet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public category tree. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Catalogue")
class CategoryController {

	private final CategoryCatalogue catalogue;

	private final ConditionalGet conditionalGet;

	CategoryController(CategoryCatalogue catalogue, ConditionalGet conditionalGet) {
		this.catalogue = catalogue;
		this.conditionalGet = conditionalGet;
	}

	@GetMapping
	@Operation(operationId = "getCategoryTree",
			summary = "The category tree", description = "Top-level categories with their sub-categories, in menu "
			+ "order. Answers with an ETag; send it back in If-None-Match to get 304 when nothing changed.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the tree",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TreeAnswer.class)))
	ResponseEntity<byte[]> tree(WebRequest request) {
		return conditionalGet.respond(request, catalogue.tree());
	}

	/** The answer's shape for the API document; the answer itself is written from cached bytes. */
	record TreeAnswer(boolean success, List<CategoryNode> data, Meta meta) {
	}
}
