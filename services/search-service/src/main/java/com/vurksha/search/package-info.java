/** The search service: product search on OpenSearch, fed by the product service's events, and recommendations. */
package com.vurksha.search;
