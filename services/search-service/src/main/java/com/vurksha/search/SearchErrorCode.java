package com.vurksha.search;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the search service; listed in {@code docs/error-codes.md}. */
public enum SearchErrorCode implements ErrorCode {

	/** A full rebuild of the index is already running; one at a time. */
	REBUILD_RUNNING(409);

	private final int status;

	SearchErrorCode(int status) {
		this.status = status;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return false;
	}
}
