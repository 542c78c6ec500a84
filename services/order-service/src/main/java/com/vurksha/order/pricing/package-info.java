/** Pricing rules as named policies on paise: line totals, coupons, the delivery fee and GST included in prices. */
package com.vurksha.order.pricing;
