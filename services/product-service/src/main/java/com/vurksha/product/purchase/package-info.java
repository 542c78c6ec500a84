/**
 * Verified purchases: which customer had which product delivered, learnt from the order service's events only, so
 * that reviews can be limited to people who bought what they review.
 */
package com.vurksha.product.purchase;
