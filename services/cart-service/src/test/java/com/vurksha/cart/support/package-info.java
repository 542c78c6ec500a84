/** What the cart service's tests share: tokens the service trusts, an HTTP client for its envelope, and a fake product service. */
package com.vurksha.cart.support;
