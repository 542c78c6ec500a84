package com.vurksha.product.catalog;

import java.util.List;

/** One page of summaries with the total, cached as a single value. */
record ProductPage(List<ProductSummary> items, long total) {
}
