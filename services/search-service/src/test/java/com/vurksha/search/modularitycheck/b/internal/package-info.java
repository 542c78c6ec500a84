/** An internal package of module {@code b}, which no other module may use. */
package com.vurksha.search.modularitycheck.b.internal;
