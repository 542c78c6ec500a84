/** The internal tracking view of a delivery for the order service: status, rider, last location, ETA and doorstep code. */
package com.vurksha.delivery.tracking;
