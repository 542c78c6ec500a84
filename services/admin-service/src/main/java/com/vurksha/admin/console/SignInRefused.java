package com.vurksha.admin.console;

/** A sign-in step the console or the user service refused, with what to tell the person signing in. */
class SignInRefused extends RuntimeException {

	private final int status;

	/** @param status the HTTP status the sign-in page answers with */
	SignInRefused(int status, String message) {
		super(message);
		this.status = status;
	}

	int status() {
		return status;
	}
}
