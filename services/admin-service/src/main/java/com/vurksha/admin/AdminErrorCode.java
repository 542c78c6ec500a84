package com.vurksha.admin;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the admin service; listed in {@code docs/error-codes.md}. */
public enum AdminErrorCode implements ErrorCode {

	/**
	 * A read replica a report needs did not answer, or answered as a primary: reports never read a primary, so the
	 * report is refused until the replica is back.
	 */
	REPORTS_REPLICA_UNAVAILABLE(503, true);

	private final int status;

	private final boolean retryable;

	AdminErrorCode(int status, boolean retryable) {
		this.status = status;
		this.retryable = retryable;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return retryable;
	}
}
