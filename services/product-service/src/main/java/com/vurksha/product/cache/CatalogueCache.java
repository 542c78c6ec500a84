package com.vurksha.product.cache;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.vurksha.platform.cache.CacheAside;

/**
 * The catalogue's cached reads. Evictions run after the writing transaction commits ({@link CacheAside} defers
 * them): evicting earlier would let a concurrent reader put the old row straight back. Reads answer the value's
 * rendition (its serialised answer and ETag), made once per cached entry, not once per request.
 */
@Component
public class CatalogueCache {

	static final String PRODUCT = "product";

	static final String PRODUCT_LIST = "product-list";

	static final String CATEGORY_TREE = "category-tree";

	private final CacheAside cache;

	private final CatalogueCacheProperties properties;

	CatalogueCache(CacheAside cache, CatalogueCacheProperties properties) {
		this.cache = cache;
		this.properties = properties;
	}

	/** A product page by the id or slug it was asked for; a loader answering null (no such product) is not kept. */
	public <T, R> R product(String idOrSlug, Class<T> type, Supplier<T> loader, Function<? super T, R> render) {
		return cache.getRendered(PRODUCT, idOrSlug, properties.productTtl(), type, loader, render);
	}

	/** A page of a product list; {@code key} must name everything {@code render} depends on (filter, page, limit). */
	public <T, R> R productList(String key, Class<T> type, Supplier<T> loader, Function<? super T, R> render) {
		return cache.getRendered(PRODUCT_LIST, key, properties.listTtl(), type, loader, render);
	}

	public <T, R> R categoryTree(Class<T> type, Supplier<T> loader, Function<? super T, R> render) {
		return cache.getRendered(CATEGORY_TREE, "all", properties.categoryTtl(), type, loader, render);
	}

	/** Forgets a product under both keys it may be cached by, and every list it may appear in. */
	public void evictProductAfterCommit(String id, String slug) {
		cache.evict(PRODUCT, id);
		cache.evict(PRODUCT, slug);
		cache.evictAll(PRODUCT_LIST);
	}

	/** Product lists embed category names and filter by the tree, so they go with it. */
	public void evictCategoriesAfterCommit() {
		cache.evictAll(CATEGORY_TREE);
		cache.evictAll(PRODUCT_LIST);
	}
}
