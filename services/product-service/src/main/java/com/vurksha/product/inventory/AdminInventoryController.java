package com.vurksha.product.inventory;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators read and move the stock of a variant. */
@RestController
@RequestMapping("/api/v1/admin/inventory")
@Tag(name = "Stock administration")
@SecurityRequirement(name = "bearer")
class AdminInventoryController {

	private final StockLedger ledger;

	AdminInventoryController(StockLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/{variantId}")
	@Operation(operationId = "getInventory",
			summary = "Stock of a variant", description = "On hand, reserved, available and the latest ledger lines.")
	@ApiErrors({"VARIANT_NOT_FOUND"})
	ApiResponse<StockView> get(@PathVariable String variantId) {
		return ApiResponse.ok(ledger.view(variantId));
	}

	@PutMapping("/{variantId}")
	@Operation(operationId = "setInventory", summary = "Set or adjust stock",
			description = "Send onHand (a counted figure) or delta (a change) with a reason: RECEIVE, ADJUST, COUNT, "
					+ "WRITE_OFF or RETURN. Stock never goes below zero or below what checkouts reserve: "
					+ "409 INSUFFICIENT_STOCK. Needs role ADMIN.")
	@ApiErrors({"INSUFFICIENT_STOCK", "VARIANT_NOT_FOUND"})
	ApiResponse<StockView> update(@PathVariable String variantId, @Valid @RequestBody StockUpdate update,
			CurrentUser admin) {
		return ApiResponse.ok(ledger.update(variantId, update, admin.id()));
	}
}
