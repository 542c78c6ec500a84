package com.vurksha.product.reservation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a reservation request: how many packs of a variant. */
public record RequestedLine(@NotBlank @Size(max = 100) String variantId,
		@NotNull @Min(1) @Max(10_000) Integer quantity) {
}
