/** What the cart service's tests share beyond the platform-test fixtures: a fake product service. */
package com.vurksha.cart.support;
