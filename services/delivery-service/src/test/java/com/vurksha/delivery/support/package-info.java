/** What the delivery service's integration tests share: the running service and its fixtures, on top of the platform-test token and HTTP fixtures. */
package com.vurksha.delivery.support;
