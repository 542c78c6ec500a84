package com.vurksha.product.review;

import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.purchase.VerifiedPurchases;

/**
 * Who may say what. Anyone may review only what was delivered to them, whatever their roles: an operator or rider
 * acting as themselves is held to the same rule, and nobody reviews on another's behalf. The purchase is checked
 * before the words, so a stranger learns nothing from the language check.
 */
@Component
class ReviewRules {

	private final VerifiedPurchases purchases;

	private final ProfanityFilter profanity;

	ReviewRules(VerifiedPurchases purchases, ProfanityFilter profanity) {
		this.purchases = purchases;
		this.profanity = profanity;
	}

	void check(String userId, String productId, ReviewText text) {
		if (!purchases.hasBought(userId, productId)) {
			throw new ApiException(ProductErrorCode.REVIEW_NOT_ALLOWED,
					"Only customers who had this product delivered can review it");
		}
		if (profanity.isProfane(text.comment()) || profanity.isProfane(text.authorName())) {
			throw new ApiException(ProductErrorCode.REVIEW_REJECTED,
					"The review uses language the shop does not publish; please reword it");
		}
	}
}
