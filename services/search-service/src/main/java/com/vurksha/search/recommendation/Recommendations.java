package com.vurksha.search.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.vurksha.search.index.IndexUnavailable;
import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.ProductIndex;

/**
 * "Often bought together" and "buy again". Product cards come from the index, so hidden products never appear;
 * when the index is down, the answer is an empty list rather than an error.
 */
@Service
class Recommendations {

	static final int LIMIT = 10;

	private static final Logger log = LoggerFactory.getLogger(Recommendations.class);

	private final PurchaseCounts counts;

	private final ProductIndex index;

	Recommendations(PurchaseCounts counts, ProductIndex index) {
		this.counts = counts;
		this.index = index;
	}

	/** Up to 10 products often bought with this one, topped up with its category's best rated in stock. */
	List<RecommendedProduct> boughtWith(String productId) {
		try {
			List<IndexedProduct> together = index.findAll(counts.boughtWith(productId, LIMIT));
			List<IndexedProduct> chosen = new ArrayList<>(together);
			if (chosen.size() < LIMIT) {
				Optional<IndexedProduct> product = index.find(productId);
				if (product.isPresent() && product.get().categoryId() != null) {
					Set<String> excluding = new LinkedHashSet<>();
					excluding.add(productId);
					chosen.forEach(known -> excluding.add(known.productId()));
					chosen.addAll(index.bestRated(product.get().categoryId(), excluding, LIMIT - chosen.size()));
				}
			}
			return chosen.stream().map(RecommendedProduct::of).toList();
		}
		catch (IndexUnavailable ex) {
			log.warn("Search index unavailable, no recommendations: {}", ex.getMessage());
			return List.of();
		}
	}

	/** The customer's most ordered products that are in stock now, up to 10. */
	List<RecommendedProduct> buyAgain(String userId) {
		try {
			return index.findAll(counts.boughtBy(userId, LIMIT * 3))
				.stream()
				.filter(IndexedProduct::inStock)
				.limit(LIMIT)
				.map(RecommendedProduct::of)
				.toList();
		}
		catch (IndexUnavailable ex) {
			log.warn("Search index unavailable, no recommendations: {}", ex.getMessage());
			return List.of();
		}
	}
}
