package com.vurksha.search.support;

import com.vurksha.embedded.search.EmbeddedOpenSearch;

/**
 * One embedded OpenSearch node for the whole test run, started on first use on free ports in a temporary folder and
 * deleted when the JVM exits. Each test context has an alias (and indices) of its own on it.
 */
public final class SearchNode {

	private static EmbeddedOpenSearch node;

	private SearchNode() {
	}

	public static synchronized String url() {
		if (node == null) {
			EmbeddedOpenSearch started = EmbeddedOpenSearch.startTemporary();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-opensearch-stop"));
			node = started;
		}
		return node.url();
	}
}
