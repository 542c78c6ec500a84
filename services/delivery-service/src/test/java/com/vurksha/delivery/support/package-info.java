/** What the delivery service's integration tests share: the running service, signed test tokens, an HTTP client for the envelope and fixtures. */
package com.vurksha.delivery.support;
