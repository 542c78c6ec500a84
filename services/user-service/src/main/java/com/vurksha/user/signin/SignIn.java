package com.vurksha.user.signin;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.platform.security.Role;
import com.vurksha.user.UserErrorCode;
import com.vurksha.user.account.Registrations;
import com.vurksha.user.account.Registrations.Registration;
import com.vurksha.user.otp.OtpCheck;
import com.vurksha.user.otp.OtpChallenges;
import com.vurksha.user.otp.OtpHasher;
import com.vurksha.user.otp.OtpProperties;
import com.vurksha.user.otp.TestNumbers;
import com.vurksha.user.phone.PhoneNumber;
import com.vurksha.user.token.TokenPair;
import com.vurksha.user.token.Tokens;

/**
 * Trades a correct code for tokens, registering the account on first sign-in. A wrong code's attempt is committed
 * before the error is answered, so the lock after too many wrong codes cannot be dodged.
 */
@Service
class SignIn {

	private static final List<String> NEW_USER_ROLES = List.of(Role.CUSTOMER.name());

	private final OtpChallenges challenges;

	private final OtpHasher hasher;

	private final TestNumbers testNumbers;

	private final Registrations registrations;

	private final Tokens tokens;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SignIn(OtpChallenges challenges, OtpHasher hasher, TestNumbers testNumbers, Registrations registrations,
			Tokens tokens, TransactionTemplate transaction, Clock clock) {
		this.challenges = challenges;
		this.hasher = hasher;
		this.testNumbers = testNumbers;
		this.registrations = registrations;
		this.tokens = tokens;
		this.transaction = transaction;
		this.clock = clock;
	}

	SignedIn verify(PhoneNumber phone, String code) {
		Attempt attempt = transaction.execute(status -> attempt(phone, code));
		if (attempt.signedIn() != null) {
			return attempt.signedIn();
		}
		throw rejection(attempt.check());
	}

	private Attempt attempt(PhoneNumber phone, String code) {
		var testNumber = testNumbers.find(phone.e164());
		if (testNumber.isPresent()) {
			// the fixed code is limited like a sent one: wrong codes lock the number for the hour
			testNumbers.check(testNumber.get(), code);
			return new Attempt(null, signIn(phone, TestNumbers.rolesOf(testNumber.get())));
		}
		var challenge = challenges.latestForUpdate(phone.e164())
			.orElseThrow(() -> new ApiException(UserErrorCode.OTP_NOT_FOUND,
					"No code was sent to this number; ask for one first"));
		OtpCheck check = challenge.check(code, hasher, clock.instant());
		if (check.challenge() != challenge) {
			challenges.update(check.challenge());
		}
		if (check.result() != OtpCheck.Result.VERIFIED) {
			return new Attempt(check, null);
		}
		return new Attempt(check, signIn(phone, NEW_USER_ROLES));
	}

	private SignedIn signIn(PhoneNumber phone, List<String> roles) {
		Registration registration = registrations.findOrRegister(phone.e164(), roles);
		TokenPair pair = tokens.issue(registration.user());
		return new SignedIn(registration.user(), pair, registration.isNew());
	}

	private static ApiException rejection(OtpCheck check) {
		return switch (check.result()) {
			case WRONG_CODE -> new ApiException(UserErrorCode.OTP_INVALID,
					"The code is not correct; " + check.remainingAttempts() + " attempts left")
				.withDetails(List.of(new FieldViolation("code",
						"is not correct; remainingAttempts=" + check.remainingAttempts())));
			case LOCKED -> new ApiException(UserErrorCode.OTP_LOCKED,
					"Too many wrong codes; ask for a new code");
			case EXPIRED -> new ApiException(UserErrorCode.OTP_EXPIRED, "The code has expired; ask for a new one");
			case ALREADY_USED -> new ApiException(UserErrorCode.OTP_NOT_FOUND,
					"This code was already used; ask for a new one");
			case VERIFIED -> throw new IllegalStateException("A verified code is not a rejection");
		};
	}

	private record Attempt(OtpCheck check, SignedIn signedIn) {
	}
}
