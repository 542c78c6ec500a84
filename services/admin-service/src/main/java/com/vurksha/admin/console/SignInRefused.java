package com.vurksha.admin.console;

/** A sign-in step the console or the user service refused, with what to tell the person signing in. */
class SignInRefused extends RuntimeException {

	SignInRefused(String message) {
		super(message);
	}
}
