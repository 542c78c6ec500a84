package com.vurksha.product.events;

import java.util.List;

/**
 * An operator set a product's images: {@code fileIds} are the file service's ids in display order (empty when the
 * product has none left), so the file service can tell which uploads a product still uses.
 */
public record ProductImagesChanged(String productId, List<String> fileIds) {

	public static final String TYPE = "product.product.images-changed";
}
