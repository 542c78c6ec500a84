/** Riders' location pings: validation, throttling, storage with retention, distances and the ETA they give. */
package com.vurksha.delivery.location;
