/** What the order service's integration tests share: tokens, an HTTP client, stand-ins for other services, time. */
package com.vurksha.order.support;
