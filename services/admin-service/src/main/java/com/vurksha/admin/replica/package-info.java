/**
 * Read-only connections to the read replicas of the services' databases, where reports read the {@code reporting}
 * views each service publishes, and how fresh each replica's data is.
 */
package com.vurksha.admin.replica;
