package com.vurksha.admin.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Signs operators in with a phone and a one-time code through the user service, keeps their tokens in the session,
 * refreshes the access token before it expires, and signs them out.
 */
@Component
class OperatorSessions {

	private final OwningServices services;

	private final TokenCheck check;

	private final ConsoleProperties properties;

	private final Clock clock;

	OperatorSessions(OwningServices services, TokenCheck check, ConsoleProperties properties, Clock clock) {
		this.services = services;
		this.check = check;
		this.properties = properties;
		this.clock = clock;
	}

	/** Asks the user service to send a code to the phone. */
	void sendCode(String phone) {
		Answer answer = services.call(Owner.USER, HttpMethod.POST, "/api/v1/auth/otp/request",
				Map.of("phone", phone), null);
		if (!answer.ok()) {
			throw new SignInRefused(refusal(answer.status()), message(answer));
		}
	}

	/**
	 * Checks the code with the user service and answers the operator's tokens; a user without role ADMIN is refused
	 * (and the session the user service opened for them is ended at once).
	 */
	OperatorTokens verify(String phone, String code) {
		Answer answer = services.call(Owner.USER, HttpMethod.POST, "/api/v1/auth/otp/verify",
				Map.of("phone", phone, "code", code), null);
		if (!answer.ok()) {
			throw new SignInRefused(refusal(answer.status()), message(answer));
		}
		OperatorTokens tokens = tokensFrom(answer, null);
		if (tokens == null) {
			endRemoteSession(answer.data().path("refreshToken").asString(null));
			throw new SignInRefused(403, "This account is not an operator: the console is for operators only");
		}
		return tokens;
	}

	/** The access token to send, exchanged for a fresh one first when it is about to expire. */
	String accessToken(HttpSession session) {
		return current(session).accessToken();
	}

	/** The signed-in operator's tokens, refreshed when about to expire. */
	OperatorTokens current(HttpSession session) {
		OperatorTokens tokens = (OperatorTokens) session.getAttribute(OperatorTokens.SESSION_ATTRIBUTE);
		if (tokens == null) {
			throw new SignedOut();
		}
		if (clock.instant().plus(properties.refreshBefore()).isBefore(tokens.expiresAt())) {
			return tokens;
		}
		Answer answer = services.call(Owner.USER, HttpMethod.POST, "/api/v1/auth/token/refresh",
				Map.of("refreshToken", tokens.refreshToken()), null);
		OperatorTokens fresh = answer.ok() ? tokensFrom(answer, tokens.name()) : null;
		if (fresh == null) {
			session.invalidate();
			throw new SignedOut();
		}
		session.setAttribute(OperatorTokens.SESSION_ATTRIBUTE, fresh);
		return fresh;
	}

	/** Ends the operator's refresh token at the user service; the caller ends the console session. */
	void signOut(HttpSession session) {
		OperatorTokens tokens = (OperatorTokens) session.getAttribute(OperatorTokens.SESSION_ATTRIBUTE);
		if (tokens != null) {
			endRemoteSession(tokens.refreshToken());
		}
	}

	private void endRemoteSession(String refreshToken) {
		if (refreshToken == null) {
			return;
		}
		try {
			services.call(Owner.USER, HttpMethod.POST, "/api/v1/auth/logout", Map.of("refreshToken", refreshToken),
					null);
		}
		catch (OwnerUnavailable ex) {
			// the refresh token expires on its own; the console session ends either way
		}
	}

	/** The tokens of an answer whose access token verifies and carries role ADMIN, or null. */
	private OperatorTokens tokensFrom(Answer answer, String knownName) {
		String access = answer.data().path("accessToken").asString(null);
		String refresh = answer.data().path("refreshToken").asString(null);
		if (access == null || refresh == null) {
			return null;
		}
		Jwt jwt = check.verify(access).filter(TokenCheck::isOperator).orElse(null);
		if (jwt == null) {
			return null;
		}
		String name = answer.data().path("user").path("name").asString(null);
		if (name == null || name.isBlank()) {
			name = (knownName != null) ? knownName : answer.data().path("user").path("phone").asString(jwt.getSubject());
		}
		Instant expiresAt = (jwt.getExpiresAt() != null) ? jwt.getExpiresAt() : clock.instant();
		return new OperatorTokens(jwt.getSubject(), name, access, refresh, expiresAt);
	}

	/** The user service's refusals as they are (400 a bad phone, 401 a wrong code, 429 too soon); its failures 503. */
	private static int refusal(int status) {
		return (status >= 400 && status < 500) ? status : 503;
	}

	private static String message(Answer answer) {
		String message = (answer.body() != null) ? answer.body().path("error").path("message").asString("") : "";
		return message.isBlank() ? "The user service answered " + answer.status() + "; try again" : message;
	}
}
