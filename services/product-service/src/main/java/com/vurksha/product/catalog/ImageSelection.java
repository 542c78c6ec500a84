package com.vurksha.product.catalog;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An operator's choice of a product's pictures: file service ids of uploaded product images, in display order; an
 * empty list removes every picture.
 */
record ImageSelection(@NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = FILE_ID,
		message = "must be a file id (a UUID)") String> fileIds) {

	static final String FILE_ID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
}
