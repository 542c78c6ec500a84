/** A single-node OpenSearch running inside the JVM, for local runs and tests. */
package com.vurksha.embedded.search;
