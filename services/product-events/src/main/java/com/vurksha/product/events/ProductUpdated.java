package com.vurksha.product.events;

import java.util.List;

/** An operator changed a product or one of its packs; {@code changed} names what changed ("price", "name"…). */
public record ProductUpdated(ProductSnapshot product, List<String> changed) {

	public static final String TYPE = "product.product.updated";
}
