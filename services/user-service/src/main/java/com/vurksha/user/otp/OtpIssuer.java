package com.vurksha.user.otp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.sms.SmsDeliveryException;
import com.vurksha.user.Ids;
import com.vurksha.user.UserErrorCode;
import com.vurksha.user.phone.PhoneNumber;

/**
 * Sends sign-in codes. A code is stored before it is sent and removed again when the SMS provider fails, so the
 * customer never holds a challenge they cannot receive and may simply retry.
 */
@Service
public class OtpIssuer {

	private static final Logger log = LoggerFactory.getLogger(OtpIssuer.class);

	private static final Duration SMS_RETRY_AFTER = Duration.ofSeconds(5);

	private final OtpChallenges challenges;

	private final SendLimits limits;

	private final OtpSms sms;

	private final TestNumbers testNumbers;

	private final OtpProperties properties;

	private final OtpHasher hasher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OtpIssuer(OtpChallenges challenges, SendLimits limits, OtpSms sms, TestNumbers testNumbers,
			OtpProperties properties, OtpHasher hasher, TransactionTemplate transaction, Clock clock) {
		this.challenges = challenges;
		this.limits = limits;
		this.sms = sms;
		this.testNumbers = testNumbers;
		this.properties = properties;
		this.hasher = hasher;
		this.transaction = transaction;
		this.clock = clock;
	}

	public OtpSent send(PhoneNumber phone, String clientIp) {
		OtpSent answer = new OtpSent(properties.ttl().toSeconds(), properties.resendAfter().toSeconds());
		if (testNumbers.find(phone.e164()).isPresent()) {
			return answer;
		}
		refuseIfTooSoon(challenges.latest(phone.e164()));
		limits.check(phone.e164(), clientIp);
		String code = OtpCodes.next();
		OtpChallenge challenge = transaction.execute(status -> store(phone, code, clientIp));
		try {
			sms.send(phone, code);
		}
		catch (SmsDeliveryException ex) {
			log.warn("Could not send a code to {}: {}", phone.masked(), ex.getMessage());
			challenges.delete(challenge.id());
			throw new ApiException(UserErrorCode.SMS_UNAVAILABLE, "We could not send the code right now; please retry",
					ex)
				.withRetryAfter(SMS_RETRY_AFTER);
		}
		return answer;
	}

	/** Re-checks the resend window under the number's lock, so two quick taps never send two codes. */
	private OtpChallenge store(PhoneNumber phone, String code, String clientIp) {
		challenges.lockNumber(phone.e164());
		refuseIfTooSoon(challenges.latest(phone.e164()));
		OtpChallenge challenge = OtpChallenge.issue(Ids.next("otp"), phone.e164(), code, hasher, clock.instant(),
				properties.ttl(), properties.maxAttempts());
		challenges.insert(challenge, clientIp);
		return challenge;
	}

	private void refuseIfTooSoon(Optional<OtpChallenge> latest) {
		Instant now = clock.instant();
		latest.map(challenge -> challenge.resendWait(now, properties.resendAfter()))
			.filter(wait -> !wait.isZero())
			.ifPresent(wait -> {
				throw new ApiException(CommonErrorCode.RATE_LIMITED, "Wait before asking for another code")
					.withRetryAfter(roundUp(wait));
			});
	}

	private static Duration roundUp(Duration wait) {
		long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
		return Duration.ofSeconds(Math.max(1, seconds));
	}
}
