/**
 * Verified reviews: customers who had a product delivered rate it (1 to 5) and may comment; operators hide what
 * should not be shown, and the product carries the average of its published reviews.
 */
package com.vurksha.product.review;
