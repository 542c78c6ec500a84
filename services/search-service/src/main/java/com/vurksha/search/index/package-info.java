/**
 * The product index as the rest of the service sees it: a port ({@link com.vurksha.search.index.ProductIndex}) with
 * the documents, queries and answers it speaks in. The OpenSearch adapter lives in {@code opensearch}.
 */
package com.vurksha.search.index;
