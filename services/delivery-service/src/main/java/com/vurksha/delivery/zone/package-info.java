/** Delivery zones around hubs, the pincodes each serves with its fees, and the serviceability answer. */
package com.vurksha.delivery.zone;
