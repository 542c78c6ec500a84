/** Request identity: the {@code X-Request-Id} accepted or made, echoed, logged and passed downstream. */
package com.vurksha.platform.request;
