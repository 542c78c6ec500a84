package com.vurksha.search.index;

/** The search engine could not be reached, or refused a request it should have taken. */
public class IndexUnavailable extends RuntimeException {

	public IndexUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

	public IndexUnavailable(String message) {
		super(message);
	}
}
