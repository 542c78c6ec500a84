package com.vurksha.search.feed;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vurksha.platform.events.EventEnvelope;
import com.vurksha.platform.events.EventHandler;
import com.vurksha.product.events.ProductCreated;
import com.vurksha.product.events.ProductDeactivated;
import com.vurksha.product.events.ProductSnapshot;
import com.vurksha.product.events.ProductUpdated;
import com.vurksha.product.events.ProductRatingChanged;
import com.vurksha.product.events.StockChanged;
import com.vurksha.search.index.IndexedProduct;
import com.vurksha.search.index.IndexedProduct.Pack;
import com.vurksha.search.index.ProductIndex;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the product service's events to the index, in the inbox's transaction: an index that cannot be written
 * fails the event, which is retried, so an outage delays changes but loses none. A product edit is searchable
 * within the index's refresh interval (500 ms) of the event's arrival. Since a failed event is retried after newer
 * ones, product events older than the newest applied for the product are skipped.
 */
@Component
class CatalogueEventHandler implements EventHandler {

	private static final Logger log = LoggerFactory.getLogger(CatalogueEventHandler.class);

	private final ProductIndex index;

	private final ProductDocuments documents;

	private final CatalogueFacts facts;

	private final JsonMapper json;

	CatalogueEventHandler(ProductIndex index, ProductDocuments documents, CatalogueFacts facts, JsonMapper json) {
		this.index = index;
		this.documents = documents;
		this.facts = facts;
		// another service's payload may grow fields this one does not know yet
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	@Override
	public void handle(EventEnvelope event) {
		switch (event.type()) {
			case ProductCreated.TYPE -> apply(read(event, ProductCreated.class).product(), event);
			case ProductUpdated.TYPE -> apply(read(event, ProductUpdated.class).product(), event);
			case ProductDeactivated.TYPE -> deactivated(read(event, ProductDeactivated.class).productId(), event);
			case StockChanged.TYPE -> stockChanged(read(event, StockChanged.class));
			case ProductRatingChanged.TYPE -> rated(read(event, ProductRatingChanged.class));
			default -> log.debug("{} {} is not for the search index; ignored", event.type(), event.id());
		}
	}

	private void apply(ProductSnapshot snapshot, EventEnvelope event) {
		if (!facts.newest(snapshot.id(), event.occurredAt())) {
			log.info("{} {} is older than what the index holds of {}; skipped", event.type(), event.id(), snapshot.id());
			return;
		}
		Optional<IndexedProduct> indexed = index.find(snapshot.id());
		documents.from(snapshot, indexed, event.occurredAt())
			.ifPresentOrElse(index::save, () -> index.remove(snapshot.id()));
	}

	private void deactivated(String productId, EventEnvelope event) {
		if (facts.newest(productId, event.occurredAt())) {
			index.remove(productId);
		}
	}

	/**
	 * Every checkout changes the stock of what it reserves; the index is written only when a pack sells out or
	 * comes back, so orders do not keep the engine refreshing.
	 */
	private void stockChanged(StockChanged changed) {
		if (!facts.stock(changed.variantId(), changed.productId(), changed.available())) {
			return;
		}
		index.find(changed.productId()).ifPresent(product -> {
			List<Pack> packs = product.packs()
				.stream()
				.map(pack -> pack.variantId().equals(changed.variantId())
						? new Pack(pack.variantId(), pack.label(), pack.price(), pack.mrp(), changed.available())
						: pack)
				.toList();
			index.save(product.withPacks(packs));
		});
	}

	private void rated(ProductRatingChanged rating) {
		index.find(rating.productId())
			.ifPresent(product -> index.save(product.withRating(rating.ratingAverage(), rating.ratingCount())));
	}

	private <T> T read(EventEnvelope event, Class<T> type) {
		return json.treeToValue(event.payload(), type);
	}
}
