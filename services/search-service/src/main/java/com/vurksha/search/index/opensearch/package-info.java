/** The OpenSearch adapter of the product index: client, versioned index definition, queries and documents. */
package com.vurksha.search.index.opensearch;
