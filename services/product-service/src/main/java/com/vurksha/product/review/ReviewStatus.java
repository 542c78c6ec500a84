package com.vurksha.product.review;

/** Whether a review is shown in the shop and counted in the product's rating. */
enum ReviewStatus {

	PUBLISHED, HIDDEN
}
