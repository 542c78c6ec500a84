package com.vurksha.product.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.vurksha.product.Slugs;

/** An operator's request to add a category; the slug is made from the name when not given. */
record NewCategory(@NotBlank @Size(max = 80) String name, @Size(max = 80) String nameHi,
		@Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by '-'") String slug,
		@Size(max = 64) String parentId, @PositiveOrZero Integer sortOrder) {
}
