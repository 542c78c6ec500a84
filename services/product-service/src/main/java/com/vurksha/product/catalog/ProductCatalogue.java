package com.vurksha.product.catalog;

import java.util.Locale;

import org.springframework.stereotype.Service;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.api.PreparedEnvelope;
import com.vurksha.platform.error.ApiException;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.cache.CatalogueCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop window: product lists and product pages, read through the cache as answers serialised once per cached
 * entry.
 */
@Service
class ProductCatalogue {

	private final ProductQueries queries;

	private final CatalogueCache cache;

	private final JsonMapper json;

	ProductCatalogue(ProductQueries queries, CatalogueCache cache, JsonMapper json) {
		this.queries = queries;
		this.cache = cache;
		this.json = json;
	}

	PreparedEnvelope page(ProductFilter filter, PageQuery page) {
		String key = filter.cacheKey() + "|p=" + page.page() + "|l=" + page.limit();
		return cache.productList(key, ProductPage.class, () -> queries.page(filter, page),
				found -> PreparedEnvelope.of(json, found.items(), Pagination.of(page, found.total())));
	}

	PreparedEnvelope get(String idOrSlug) {
		PreparedEnvelope product = cache.product(idOrSlug, ProductDetail.class,
				() -> queries.detail(idOrSlug, false).orElse(null), found -> PreparedEnvelope.of(json, found, null));
		if (product == null) {
			throw new ApiException(ProductErrorCode.PRODUCT_NOT_FOUND, "Product " + idOrSlug + " does not exist");
		}
		return product;
	}

	/** Blank filters mean "any"; tags are stored lower-case. */
	static ProductFilter filter(String category, String farm, String tag, Boolean inStock, String sort) {
		return new ProductFilter(blankToNull(category), blankToNull(farm),
				(blankToNull(tag) == null) ? null : tag.strip().toLowerCase(Locale.ROOT), inStock, ProductSort.parse(sort));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}
}
