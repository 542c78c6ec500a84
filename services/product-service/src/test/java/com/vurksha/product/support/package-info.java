/** What the product service's integration tests share: signed test tokens and an HTTP client for the envelope. */
package com.vurksha.product.support;
