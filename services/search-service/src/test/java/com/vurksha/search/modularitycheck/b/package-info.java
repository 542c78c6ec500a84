/** A module that depends back on module {@code a}, closing a cycle. */
package com.vurksha.search.modularitycheck.b;
