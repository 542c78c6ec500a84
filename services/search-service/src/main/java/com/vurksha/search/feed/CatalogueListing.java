package com.vurksha.search.feed;

import java.time.Instant;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.http.ServiceClients;
import com.vurksha.search.feed.RebuildProperties.Source;

/**
 * The product service's listing of every active product ({@code GET /internal/v1/products/feed}), read page by page
 * with this service's own token for a rebuild.
 */
@Component
class CatalogueListing {

	private static final ParameterizedTypeReference<Envelope> ENVELOPE = new ParameterizedTypeReference<>() {
	};

	private final RestClient client;

	CatalogueListing(ServiceClients clients, RebuildProperties properties) {
		Source source = properties.source();
		this.client = clients.create("product-feed", source.productServiceUrl());
	}

	Page page(int page, int limit) {
		try {
			Envelope answer = client.get()
				.uri(uri -> uri.path("/internal/v1/products/feed").queryParam("page", page).queryParam("limit", limit)
					.build())
				.retrieve()
				.body(ENVELOPE);
			if (answer == null || answer.data() == null) {
				throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The product service listed nothing");
			}
			return new Page(answer.data(), answer.pagination() != null && answer.pagination().hasMore());
		}
		catch (RestClientException ex) {
			throw new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "The product service gave no usable listing",
					ex);
		}
	}

	/** One page of the listing, and whether more follow. */
	record Page(List<Listed> products, boolean hasMore) {
	}

	/** A product as the listing gives it; prices are paise. */
	record Listed(String id, String slug, String name, String nameHi, String categoryId, String categoryName,
			String categoryNameHi, List<String> categoryPath, String farmId, String farmName, boolean farmOrganic, List<String> tags,
			List<String> images, double ratingAverage, int ratingCount, Instant createdAt, List<ListedPack> packs) {
	}

	/** One active pack with its sellable stock. */
	record ListedPack(String id, String label, long price, long mrp, int available, boolean inStock) {
	}

	record Envelope(List<Listed> data, Pagination pagination) {
	}

	record Pagination(boolean hasMore) {
	}
}
