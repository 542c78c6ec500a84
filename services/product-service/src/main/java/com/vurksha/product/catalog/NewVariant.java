package com.vurksha.product.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A pack to sell a product in. Prices are paise; quantities count packs. Omitted quantities default to a minimum
 * and step of 1 and at most 10 per order; omitted {@code farmId} means the product's own farm.
 */
record NewVariant(@NotNull Unit unit, @NotNull @Positive @Max(100_000) Integer unitValue,
		@NotNull @Positive @Max(100_000_000) Long price, @NotNull @Positive @Max(100_000_000) Long mrp,
		@Positive @Max(1000) Integer minQuantity, @Positive @Max(1000) Integer stepQuantity,
		@Positive @Max(1000) Integer maxPerOrder, @Size(max = 64) String farmId,
		@PositiveOrZero @Max(1_000_000) Integer initialStock, @PositiveOrZero @Max(1000) Integer sortOrder) {
}
