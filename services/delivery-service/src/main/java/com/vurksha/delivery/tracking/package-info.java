/**
 * Internal views of a delivery for other services: the order service's tracking (status, rider, last location, ETA,
 * doorstep code, failure proof) and, for the file service, who a delivery concerns.
 */
package com.vurksha.delivery.tracking;
