package com.vurksha.product.publication;

import org.springframework.stereotype.Component;

import com.vurksha.platform.events.Outbox;
import com.vurksha.product.events.ProductCreated;
import com.vurksha.product.events.ProductDeactivated;
import com.vurksha.product.events.ProductEventTypes;
import com.vurksha.product.events.ProductImagesChanged;
import com.vurksha.product.events.ProductRatingChanged;
import com.vurksha.product.events.ProductUpdated;
import com.vurksha.product.events.ReviewSubmitted;
import com.vurksha.product.events.StockChanged;

/** Appends the service's events to the outbox, inside the caller's transaction. */
@Component
public class CatalogueEvents {

	static final int VERSION = ProductEventTypes.VERSION;

	private final Outbox outbox;

	CatalogueEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	public void productCreated(ProductCreated event) {
		outbox.append(ProductCreated.TYPE, VERSION, "product", event.product().id(), event);
	}

	public void productUpdated(ProductUpdated event) {
		outbox.append(ProductUpdated.TYPE, VERSION, "product", event.product().id(), event);
	}

	public void productDeactivated(ProductDeactivated event) {
		outbox.append(ProductDeactivated.TYPE, VERSION, "product", event.productId(), event);
	}

	public void productImagesChanged(ProductImagesChanged event) {
		outbox.append(ProductImagesChanged.TYPE, VERSION, "product", event.productId(), event);
	}

	public void productRatingChanged(ProductRatingChanged event) {
		outbox.append(ProductRatingChanged.TYPE, VERSION, "product", event.productId(), event);
	}

	public void reviewSubmitted(ReviewSubmitted event) {
		outbox.append(ReviewSubmitted.TYPE, VERSION, "review", event.reviewId(), event);
	}

	public void stockChanged(StockChanged event) {
		outbox.append(StockChanged.TYPE, VERSION, "variant", event.variantId(), event);
	}
}
