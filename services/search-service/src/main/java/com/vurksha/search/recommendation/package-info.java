/**
 * Recommendations from delivered orders, counted in this service's own store: products often bought together, and
 * what a customer buys again.
 */
package com.vurksha.search.recommendation;
