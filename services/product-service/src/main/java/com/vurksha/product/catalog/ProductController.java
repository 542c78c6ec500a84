package com.vurksha.product.catalog;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.product.web.ConditionalGet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public product list and product pages. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Catalogue")
class ProductController {

	private final ProductCatalogue catalogue;

	private final ConditionalGet conditionalGet;

	ProductController(ProductCatalogue catalogue, ConditionalGet conditionalGet) {
		this.catalogue = catalogue;
		this.conditionalGet = conditionalGet;
	}

	@GetMapping
	@Operation(operationId = "listProducts",
			summary = "Product list", description = "Active products, paged with page and limit. Prices are "
			+ "paise of the cheapest pack in stock. Answers with an ETag; If-None-Match gives 304.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "a page of products",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListAnswer.class)))
	ResponseEntity<byte[]> list(
			@Parameter(description = "category id or slug; includes its sub-categories") @RequestParam(required = false) String category,
			@Parameter(description = "farm id or slug") @RequestParam(required = false) String farm,
			@Parameter(description = "a tag such as organic") @RequestParam(required = false) String tag,
			@Parameter(description = "true for products that can be bought now, false for sold-out ones") @RequestParam(required = false) Boolean inStock,
			@Parameter(description = "price_asc, price_desc, newest or popular (default)") @RequestParam(required = false) String sort,
			PageQuery page, WebRequest request) {
		return conditionalGet.respond(request,
				catalogue.page(ProductCatalogue.filter(category, farm, tag, inStock, sort), page));
	}

	@GetMapping("/{idOrSlug}")
	@Operation(operationId = "getProduct",
			summary = "One product with its packs", description = "By id or slug. 404 PRODUCT_NOT_FOUND for an "
			+ "unknown or deactivated product. Answers with an ETag; If-None-Match gives 304.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the product",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductAnswer.class)))
	@ApiErrors({"PRODUCT_NOT_FOUND"})
	ResponseEntity<byte[]> get(@PathVariable String idOrSlug, WebRequest request) {
		return conditionalGet.respond(request, catalogue.get(idOrSlug));
	}

	/** The list answer's shape for the API document; the answer itself is written from cached bytes. */
	record ListAnswer(boolean success, List<ProductSummary> data, Meta meta, Pagination pagination) {
	}

	/** The product answer's shape for the API document. */
	record ProductAnswer(boolean success, ProductDetail data, Meta meta) {
	}
}
