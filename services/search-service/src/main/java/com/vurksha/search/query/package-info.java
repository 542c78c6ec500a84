/**
 * The public search API: product search with filters, facets and sort orders, and suggestions while typing. When
 * the index cannot answer, searches degrade to the product service's database search and suggestions to none.
 */
package com.vurksha.search.query;
