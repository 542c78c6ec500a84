/**
 * What the service's integration tests share: stand-ins for the services it calls, and the reporting schema as its
 * readers see it.
 */
package com.vurksha.product.support;
