package com.vurksha.product.review;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A review as the app sends it. There is deliberately no author field: the author is the token's subject, and a
 * {@code userId} in the body is refused as an unknown field. The rating is read as a decimal so that 4.5 can be
 * refused (see {@link ReviewText#of}) rather than quietly cut to 4, as reading it into an int would.
 *
 * @param authorName the name to show with the review, if the reviewer wants one shown
 */
record ReviewRequest(@NotNull @Min(1) @Max(5) BigDecimal rating, @Size(max = 1000) String comment,
		@Size(max = 60) String authorName) {
}
