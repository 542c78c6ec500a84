package com.vurksha.delivery.zone;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An operator's new zone; money in paise. */
public record NewZone(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String hub,
		@NotNull @PositiveOrZero Long deliveryFee, @NotNull @PositiveOrZero Long freeDeliveryThreshold,
		@PositiveOrZero Long minimumOrderValue, @Size(max = 1000) List<String> pincodes) {
}
