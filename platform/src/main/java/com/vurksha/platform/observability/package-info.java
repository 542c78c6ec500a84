/** Observability conventions: trace ids on responses, with logs, metrics and tracing defaults set in properties. */
package com.vurksha.platform.observability;
