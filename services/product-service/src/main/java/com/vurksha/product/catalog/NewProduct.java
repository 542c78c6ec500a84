package com.vurksha.product.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.vurksha.product.Slugs;

/**
 * An operator's request to add a product with at least one pack. Category and farm are given by id or slug;
 * {@code gstRate} is in basis points (0 for fresh produce, 500 for 5 %); the slug is made from the name when
 * not given.
 */
record NewProduct(@NotBlank @Size(max = 120) String name, @Size(max = 120) String nameHi,
		@Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by '-'") String slug,
		@Size(max = 4000) String description, @NotBlank @Size(max = 120) String categoryId,
		@NotBlank @Size(max = 120) String farmId, @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
		@Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = ImageUrls.PATTERN,
				message = ImageUrls.MESSAGE) String> images,
		@Pattern(regexp = "^[0-9]{4,8}$", message = "must be 4 to 8 digits") String hsnCode,
		@NotNull @PositiveOrZero @Max(4000) Integer gstRate,
		@NotEmpty @Size(max = 20) List<@NotNull @Valid NewVariant> variants) {
}
