package com.vurksha.notification;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the notification service; listed in {@code docs/error-codes.md}. */
public enum NotificationErrorCode implements ErrorCode {

	NOTIFICATION_NOT_FOUND(404),
	MESSAGE_NOT_FOUND(404),
	MESSAGE_NOT_DEAD(409);

	private final int status;

	NotificationErrorCode(int status) {
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
