package com.vurksha.admin.console;

/** The operator's session no longer holds a usable token (refresh refused): sign in again. */
class SignedOut extends RuntimeException {

	SignedOut() {
		super("Your session has ended; sign in again");
	}
}
