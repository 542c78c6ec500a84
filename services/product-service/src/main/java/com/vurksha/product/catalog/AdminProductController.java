package com.vurksha.product.catalog;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators manage products and their packs. Every call needs role ADMIN. */
@RestController
@RequestMapping("/api/v1/admin/products")
@Tag(name = "Catalogue administration")
@SecurityRequirement(name = "bearer")
class AdminProductController {

	private final ProductAdministration products;

	private final VariantAdministration variants;

	private final ImageAdministration images;

	AdminProductController(ProductAdministration products, VariantAdministration variants,
			ImageAdministration images) {
		this.products = products;
		this.variants = variants;
		this.images = images;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createProduct",
			summary = "Add a product with its packs", description = "404 CATEGORY_NOT_FOUND or FARM_NOT_FOUND "
			+ "for unknown references, 409 SLUG_TAKEN for a slug in use, 400 when a price exceeds its MRP.")
	@ApiErrors({"CATEGORY_NOT_FOUND", "FARM_NOT_FOUND", "INSUFFICIENT_STOCK", "PRODUCT_NOT_FOUND", "SLUG_TAKEN"})
	ApiResponse<ProductDetail> create(@Valid @RequestBody NewProduct request, CurrentUser admin) {
		return ApiResponse.ok(products.create(request, admin.id()));
	}

	@GetMapping("/{idOrSlug}")
	@Operation(operationId = "getAdminProduct",
			summary = "A product as operators see it", description = "Deactivated products and packs included.")
	@ApiErrors({"PRODUCT_NOT_FOUND"})
	ApiResponse<ProductDetail> get(@PathVariable String idOrSlug) {
		return ApiResponse.ok(products.view(idOrSlug));
	}

	@PatchMapping("/{idOrSlug}")
	@Operation(operationId = "updateProduct",
			summary = "Change a product", description = "Only the fields sent change; active=true reactivates.")
	@ApiErrors({"CATEGORY_NOT_FOUND", "FARM_NOT_FOUND", "PRODUCT_NOT_FOUND", "SLUG_TAKEN"})
	ApiResponse<ProductDetail> update(@PathVariable String idOrSlug, @Valid @RequestBody ProductChanges request) {
		return ApiResponse.ok(products.update(idOrSlug, request));
	}

	@DeleteMapping("/{idOrSlug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deactivateProduct",
			summary = "Deactivate a product", description = "It leaves the shop but stays for past orders.")
	@ApiErrors({"CATEGORY_NOT_FOUND", "FARM_NOT_FOUND", "PRODUCT_NOT_FOUND", "SLUG_TAKEN"})
	void deactivate(@PathVariable String idOrSlug) {
		products.deactivate(idOrSlug);
	}

	@PutMapping("/{idOrSlug}/images")
	@Operation(operationId = "setProductImages", summary = "Set a product's pictures",
			description = "fileIds are uploaded product images of the file service, in display order (at most 10, "
					+ "each once); an empty list removes every picture. 422 PRODUCT_IMAGE_INVALID names a file that "
					+ "is unknown, deleted, not a product image or not processed yet; 503 when the file service "
					+ "cannot be asked (nothing changed, retry). Answers the product as operators see it.")
	@ApiErrors({"DEPENDENCY_TIMEOUT", "PRODUCT_IMAGE_INVALID", "PRODUCT_NOT_FOUND", "SERVICE_UNAVAILABLE"})
	ApiResponse<ProductDetail> setImages(@PathVariable String idOrSlug, @Valid @RequestBody ImageSelection request) {
		return ApiResponse.ok(images.set(idOrSlug, request));
	}

	@PostMapping("/{idOrSlug}/variants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addProductVariant", summary = "Add a pack to a product")
	@ApiErrors({"FARM_NOT_FOUND", "INSUFFICIENT_STOCK", "PRODUCT_NOT_FOUND"})
	ApiResponse<VariantView> addVariant(@PathVariable String idOrSlug, @Valid @RequestBody NewVariant request,
			CurrentUser admin) {
		return ApiResponse.ok(variants.addTo(idOrSlug, request, admin.id()));
	}

	@PatchMapping("/{idOrSlug}/variants/{variantId}")
	@Operation(operationId = "updateProductVariant",
			summary = "Change a pack", description = "Price and MRP in paise; the new price shows at once.")
	@ApiErrors({"FARM_NOT_FOUND", "PRODUCT_NOT_FOUND", "VARIANT_NOT_FOUND"})
	ApiResponse<VariantView> updateVariant(@PathVariable String idOrSlug, @PathVariable String variantId,
			@Valid @RequestBody VariantChanges request) {
		return ApiResponse.ok(variants.update(idOrSlug, variantId, request));
	}
}
