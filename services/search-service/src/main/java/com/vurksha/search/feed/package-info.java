/**
 * Keeps the index current: the product service's events (created, updated, stock changed, deactivated, review
 * submitted) through the platform inbox, and full rebuilds from the product service's listing into a new index.
 */
package com.vurksha.search.feed;
