/** Orders: the aggregate with its state machine and events, its store and timeline, and the order calls. */
package com.vurksha.order.order;
