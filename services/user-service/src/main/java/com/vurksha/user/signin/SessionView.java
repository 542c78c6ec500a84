package com.vurksha.user.signin;

import java.util.List;

/** Tokens and the signed-in user, the answer to a sign-in and to a refresh. */
record SessionView(String accessToken, String refreshToken, String tokenType, long expiresIn, boolean isNewUser,
		UserSummary user) {

	static SessionView of(SignedIn signedIn) {
		var user = signedIn.user();
		return new SessionView(signedIn.tokens().accessToken(), signedIn.tokens().refreshToken(), "Bearer",
				signedIn.tokens().expiresIn(), signedIn.isNewUser(),
				new UserSummary(user.id().value(), user.phone(), user.name(), user.roles()));
	}

	record UserSummary(String id, String phone, String name, List<String> roles) {
	}
}
