/** The merged public API document the gateway serves. */
package com.vurksha.gateway.docs;
