/** Coupons: their store and the operators' calls to list and add them. */
package com.vurksha.order.coupon;
