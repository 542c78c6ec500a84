package com.vurksha.product.review;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;

/**
 * Reads reviews straight from the database. They are not cached: a reviewer expects to see their words at once,
 * and a page of reviews is one indexed query.
 */
@Service
class ReviewReads {

	/** One page of published reviews with how many there are in all. */
	record ReviewPage(List<ReviewView> items, long total) {
	}

	private final ProductRatings products;

	private final Reviews reviews;

	ReviewReads(ProductRatings products, Reviews reviews) {
		this.products = products;
		this.reviews = reviews;
	}

	@Transactional(readOnly = true)
	ReviewPage published(String productIdOrSlug, PageQuery page) {
		String productId = productId(productIdOrSlug);
		List<ReviewView> items = reviews.published(productId, page).stream().map(ReviewView::shown).toList();
		return new ReviewPage(items, reviews.countPublished(productId));
	}

	/** The caller's own review, hidden or not, with its status. */
	@Transactional(readOnly = true)
	ReviewView mine(String productIdOrSlug, String userId) {
		return reviews.byAuthor(productId(productIdOrSlug), userId)
			.map(ReviewView::owned)
			.orElseThrow(() -> new ApiException(ProductErrorCode.REVIEW_NOT_FOUND,
					"You have not reviewed product " + productIdOrSlug));
	}

	private String productId(String productIdOrSlug) {
		return products.soldProductId(productIdOrSlug)
			.orElseThrow(() -> new ApiException(ProductErrorCode.PRODUCT_NOT_FOUND,
					"Product " + productIdOrSlug + " does not exist"));
	}
}
