package com.vurksha.search.feed;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.search.index.IndexUnavailable;
import com.vurksha.search.index.ProductIndex;
import com.vurksha.search.index.ProductQuery;
import com.vurksha.search.index.ProductQuery.SortOrder;

/**
 * Gets the index ready without holding up start-up: creates the alias and an empty index when there is none, and
 * (unless told not to) rebuilds an empty index from the catalogue. Tried again every {@code retry-every} until it
 * has worked, since the engine or the product service may start after this service.
 */
@Component
class IndexBootstrap {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final ProductIndex index;

	private final IndexRebuild rebuild;

	private final RebuildProperties properties;

	private final AtomicBoolean done = new AtomicBoolean();

	IndexBootstrap(ProductIndex index, IndexRebuild rebuild, RebuildProperties properties) {
		this.index = index;
		this.rebuild = rebuild;
		this.properties = properties;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${vurksha.search.rebuild.retry-every:10s}")
	void prepare() {
		if (done.get()) {
			return;
		}
		try {
			index.ensureReady();
			if (properties.onEmptyIndex() && isEmpty()) {
				rebuild.rebuild();
			}
			done.set(true);
		}
		catch (IndexUnavailable | ApiException ex) {
			log.info("Search index not ready yet ({}); trying again in {}", ex.getMessage(), properties.retryEvery());
		}
	}

	private boolean isEmpty() {
		return index.search(new ProductQuery(null, null, null, null, null, null, null, SortOrder.RELEVANCE, 1, 1))
			.total() == 0;
	}
}
