package com.vurksha.product.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.product.catalog.SearchFeed.FeedProduct;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The search service rebuilds its index from this listing with its own token (scope {@code products:read}); not
 * routed by the gateway.
 */
@RestController
@RequestMapping("/internal/v1/products/feed")
@Tag(name = "Search feed (internal)")
@SecurityRequirement(name = "bearer")
class InternalSearchFeedController {

	private final SearchFeed feed;

	InternalSearchFeedController(SearchFeed feed) {
		this.feed = feed;
	}

	@GetMapping
	@Operation(summary = "Every active product for a search index rebuild",
			description = "Paged with page and limit (at most 100), ordered by id, read from the database (never "
					+ "cached): names, category and farm names, the category's path from its top-level ancestor, "
					+ "whether the farm is certified organic, tags, images, "
					+ "rating and the active packs with label, price, MRP and sellable stock.")
	ApiResponse<List<FeedProduct>> feed(PageQuery page) {
		return ApiResponse.page(feed.page(page), page, feed.total());
	}
}
