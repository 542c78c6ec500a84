/** The order service: checkout priced on the server, orders with their state machine and the order saga. */
package com.vurksha.order;
