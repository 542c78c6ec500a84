package com.vurksha.product.category;

import io.swagger.v3.oas.annotations.media.Schema;

/** One node of the category tree as stored; {@code parentId} is null for a top-level category. */
@Schema(description = "A category")
public record Category(String id, String slug, String name, String nameHi, String parentId, int sortOrder) {
}
