/** What the search service's integration tests share: a running service on the real servers and an embedded node. */
package com.vurksha.search.support;
