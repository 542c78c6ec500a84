/** What the service's integration tests share: stand-ins for the services it calls. */
package com.vurksha.product.support;
