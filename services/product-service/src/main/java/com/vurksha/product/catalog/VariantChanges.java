package com.vurksha.product.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The fields of a pack an operator changes, prices in paise; a field left out (or null) stays as it is. */
record VariantChanges(@Positive @Max(100_000_000) Long price, @Positive @Max(100_000_000) Long mrp,
		@Positive @Max(1000) Integer minQuantity, @Positive @Max(1000) Integer stepQuantity,
		@Positive @Max(1000) Integer maxPerOrder, @Size(min = 1, max = 120) String farmId, Boolean active,
		@PositiveOrZero @Max(1000) Integer sortOrder) {
}
