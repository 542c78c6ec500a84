/** A module that reaches into the internals of module {@code b} and is used by it in turn. */
package com.vurksha.search.modularitycheck.a;
