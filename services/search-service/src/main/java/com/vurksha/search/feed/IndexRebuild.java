package com.vurksha.search.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.vurksha.platform.error.ApiException;
import com.vurksha.search.SearchErrorCode;
import com.vurksha.search.feed.CatalogueListing.Listed;
import com.vurksha.search.feed.CatalogueListing.ListedPack;
import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.IndexedProduct.Pack;
import com.vurksha.search.index.ProductIndex;

/**
 * Rebuilds the index from the product service's listing: a new versioned index is filled page by page (events keep
 * arriving and are written to it as well), then the alias is moved to it in one atomic step and the old index
 * deleted. Searches go on answering from the old index until the move; a failed rebuild leaves it in place.
 */
@Service
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private final ProductIndex index;

	private final CatalogueListing listing;

	private final CatalogueFacts facts;

	private final RebuildProperties properties;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	IndexRebuild(ProductIndex index, CatalogueListing listing, CatalogueFacts facts, RebuildProperties properties,
			Clock clock) {
		this.index = index;
		this.listing = listing;
		this.facts = facts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs one rebuild; refused with {@code REBUILD_RUNNING} while another runs in this instance. */
	public Rebuilt rebuild() {
		if (!running.compareAndSet(false, true)) {
			throw new ApiException(SearchErrorCode.REBUILD_RUNNING, "A rebuild of the search index is already running");
		}
		Instant started = clock.instant();
		String target = index.beginRebuild();
		try {
			int products = 0;
			int page = 1;
			CatalogueListing.Page listed;
			do {
				listed = listing.page(page++, properties.pageSize());
				index.saveAll(target, listed.products().stream().map(this::remembered).toList());
				products += listed.products().size();
			}
			while (listed.hasMore());
			index.publish(target);
			Duration took = Duration.between(started, clock.instant());
			log.info("Search index rebuilt into {}: {} products in {} ms", target, products, took.toMillis());
			return new Rebuilt(target, products, took.toMillis());
		}
		catch (RuntimeException ex) {
			index.abandon(target);
			throw ex;
		}
		finally {
			running.set(false);
		}
	}

	/** The listed product as the index holds it, its names and stock kept for the events that follow. */
	private IndexedProduct remembered(Listed product) {
		facts.category(product.categoryId(), product.categoryName(), product.categoryNameHi(), product.categoryPath());
		facts.farm(product.farmId(), product.farmName(), product.farmOrganic());
		List<Pack> packs = new ArrayList<>();
		for (ListedPack pack : product.packs()) {
			int sellable = pack.inStock() ? pack.available() : 0;
			facts.stock(pack.id(), product.id(), sellable);
			packs.add(new Pack(pack.id(), pack.label(), pack.price(), pack.mrp(), sellable));
		}
		List<String> tags = (product.tags() == null) ? List.of() : product.tags();
		String image = (product.images() == null || product.images().isEmpty()) ? null : product.images().get(0);
		return new IndexedProduct(product.id(), product.slug(), product.name(), product.nameHi(), product.categoryId(),
				product.categoryName(), product.categoryNameHi(), product.categoryPath(), product.farmId(),
				product.farmName(),
				product.farmOrganic() || ProductDocuments.hasOrganicTag(tags), tags, image, packs,
				product.ratingAverage(), product.ratingCount(), product.createdAt());
	}

	/** What a rebuild did: the new index, how many products it holds, and how long it took. */
	public record Rebuilt(String index, int products, long millis) {
	}
}
