/** A module that depends back on module {@code a}, closing a cycle. */
package com.vurksha.delivery.modularitycheck.b;
