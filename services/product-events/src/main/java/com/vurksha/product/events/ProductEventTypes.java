package com.vurksha.product.events;

import java.util.List;

/** The routing keys (event types) of the product service's events, all at {@link #VERSION}. */
public final class ProductEventTypes {

	/** The payload version every event of this contract carries. */
	public static final int VERSION = 1;

	/** Every product, stock and review event, for a consumer that follows the whole catalogue. */
	public static final List<String> CATALOGUE = List.of(ProductCreated.TYPE, ProductUpdated.TYPE,
			ProductDeactivated.TYPE, StockChanged.TYPE, ReviewSubmitted.TYPE);

	private ProductEventTypes() {
	}
}
