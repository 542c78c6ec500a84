/**
 * The catalogue's own product search on its database: the plain name match the search service answers with, flagged
 * degraded, when its engine cannot be asked.
 */
package com.vurksha.product.search;
