/** A short-lived in-process cache of the public catalogue reads, so repeated reads never leave the gateway. */
package com.vurksha.gateway.cache;
