package com.vurksha.product.farm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.vurksha.product.Slugs;

/** An operator's request to add a partner farm; the slug is made from the name when not given. */
record NewFarm(@NotBlank @Size(max = 120) String name,
		@Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by '-'") String slug,
		@Size(max = 80) String village, @Size(max = 80) String district, @NotBlank @Size(max = 80) String state,
		@Size(max = 2000) String description, Boolean certifiedOrganic) {
}
