/** What the payment service's integration tests share: the running service and WireMock stand-ins, on top of the platform-test token and HTTP fixtures. */
package com.vurksha.payment.support;
