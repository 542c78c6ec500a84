package com.vurksha.search.index;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The searchable copy of the catalogue. Every method throws {@link IndexUnavailable} when the engine cannot be
 * reached or refuses, so callers can degrade instead of failing.
 */
public interface ProductIndex {

	/** Makes sure the alias searches go to exists, creating an empty current-version index behind it if not. */
	void ensureReady();

	/** Searches the products customers may see. */
	SearchPage search(ProductQuery query);

	/** At most {@code limit} completions of a prefix: product names and category names, English or Devanagari. */
	List<Suggestion> suggest(String prefix, int limit);

	/** The indexed product, hidden ones included. */
	Optional<IndexedProduct> find(String productId);

	/** Several indexed products, in the order asked; unknown ids are left out. */
	List<IndexedProduct> findAll(Collection<String> productIds);

	/** The best-rated products of a category that are in stock, excluding some. */
	List<IndexedProduct> bestRated(String categoryId, Collection<String> excluding, int limit);

	/** Adds or replaces a product (in the index being rebuilt as well, while a rebuild runs). */
	void save(IndexedProduct product);

	/** Removes a product; removing an unknown one is no error. */
	void remove(String productId);

	/** Starts a new versioned index that {@link #save} also writes to until it is published or abandoned. */
	String beginRebuild();

	/** Writes a batch into the index being rebuilt. */
	void saveAll(String index, List<IndexedProduct> products);

	/** Points the alias at the rebuilt index in one atomic step and deletes the indices it pointed at before. */
	void publish(String index);

	/** Drops a rebuild that failed. */
	void abandon(String index);

	/** The concrete index the alias points at now. */
	Optional<String> current();
}
