/** The catalogue's cache-aside entries (product pages, product lists, the category tree) and their eviction. */
package com.vurksha.product.cache;
