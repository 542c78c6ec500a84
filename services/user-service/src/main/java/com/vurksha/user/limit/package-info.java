/** Hourly counters for request limits, kept in Redis behind the platform's Redis guard. */
package com.vurksha.user.limit;
