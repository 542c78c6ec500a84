/** What the payment service's integration tests share: signed tokens, an HTTP client for the envelope, WireMock stand-ins. */
package com.vurksha.payment.support;
