package com.vurksha.product.catalog;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.vurksha.product.Slugs;

/** The fields of a product an operator changes; a field left out (or null) stays as it is. */
record ProductChanges(@Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 120) String name,
		@Size(max = 120) String nameHi,
		@Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by '-'") String slug,
		@Size(max = 4000) String description, @Size(min = 1, max = 120) String categoryId,
		@Size(min = 1, max = 120) String farmId, @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
		@Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = ImageUrls.PATTERN,
				message = ImageUrls.MESSAGE) String> images,
		@Pattern(regexp = "^[0-9]{4,8}$", message = "must be 4 to 8 digits") String hsnCode,
		@PositiveOrZero @Max(4000) Integer gstRate, Boolean active, @PositiveOrZero Integer popularity) {
}
