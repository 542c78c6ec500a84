package com.vurksha.gateway;

import com.vurksha.platform.error.ErrorCode;

/** Error codes only the gateway answers with, in addition to the platform's common ones. */
public enum GatewayErrorCode implements ErrorCode {

	/** The route is already serving as many requests as it may; the request was refused before any work. */
	OVERLOADED(503, true);

	private final int status;

	private final boolean retryable;

	GatewayErrorCode(int status, boolean retryable) {
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
