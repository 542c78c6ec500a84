package com.vurksha.product.events;

import java.util.List;

/** The routing keys (event types) of the product service's events, all at {@link #VERSION}. */
public final class ProductEventTypes {

	/** The payload version every event of this contract carries. */
	public static final int VERSION = 1;

	/** What a copy of the catalogue follows: products, their stock and their rating. */
	public static final List<String> CATALOGUE = List.of(ProductCreated.TYPE, ProductUpdated.TYPE,
			ProductDeactivated.TYPE, StockChanged.TYPE, ProductRatingChanged.TYPE);

	/** What the file service follows: which of its files each product uses. */
	public static final List<String> FILES = List.of(ProductImagesChanged.TYPE);

	private ProductEventTypes() {
	}
}
