package com.vurksha.product.review;

import jakarta.validation.constraints.NotNull;

/** An operator's decision to show or hide a review. */
record StatusChange(@NotNull ReviewStatus status) {
}
