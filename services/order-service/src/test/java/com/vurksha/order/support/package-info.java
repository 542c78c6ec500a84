/** What the order service's integration tests share: an order shortcut on the shared HTTP client, stand-ins for other services, time. */
package com.vurksha.order.support;
