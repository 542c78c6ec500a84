package com.vurksha.user.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.user.UserErrorCode;
import com.vurksha.user.limit.HourlyCounters;
import com.vurksha.user.phone.PhoneNumbers;

/**
 * The configured test numbers (local profile only), keyed by their E.164 form. Their fixed code is guarded like a
 * sent one: after {@code max-attempts} wrong codes in an hour, a test number refuses every code, the right one too,
 * until the hour is over, so a test number configured anywhere is no brute-force door. The wrong codes are counted in
 * Redis; when Redis cannot say how many there were, test numbers are refused (503) rather than left unguarded.
 */
@Component
public class TestNumbers {

	private final Map<String, OtpProperties.TestNumber> byPhone;

	private final HourlyCounters wrongCodes;

	private final int maxAttempts;

	TestNumbers(OtpProperties properties, HourlyCounters wrongCodes) {
		this.wrongCodes = wrongCodes;
		this.maxAttempts = properties.maxAttempts();
		this.byPhone = properties.testNumbers()
			.stream()
			.collect(Collectors.toUnmodifiableMap(number -> PhoneNumbers.normalise(number.phone()).e164(),
					Function.identity()));
	}

	public Optional<OtpProperties.TestNumber> find(String e164) {
		return Optional.ofNullable(byPhone.get(e164));
	}

	/** Refuses the code unless it is the number's and the number is not locked; a wrong code is counted. */
	public void check(OtpProperties.TestNumber number, String code) {
		String key = "otp-test-wrong:" + PhoneNumbers.normalise(number.phone()).e164();
		long wrong = wrongCodes.current(key).orElseThrow(TestNumbers::uncountable);
		if (wrong >= maxAttempts) {
			throw new ApiException(UserErrorCode.OTP_LOCKED, "Too many wrong codes for this number; try again later");
		}
		if (accepts(number, code)) {
			return;
		}
		long counted = wrongCodes.increment(key).orElseThrow(TestNumbers::uncountable).value();
		long remaining = Math.max(0, maxAttempts - counted);
		if (remaining == 0) {
			throw new ApiException(UserErrorCode.OTP_LOCKED, "Too many wrong codes for this number; try again later");
		}
		throw new ApiException(UserErrorCode.OTP_INVALID, "The code is not correct; " + remaining + " attempts left")
			.withDetails(List.of(new FieldViolation("code", "is not correct; remainingAttempts=" + remaining)));
	}

	private static ApiException uncountable() {
		return new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE,
				"Sign-in with a test number cannot be checked right now; please retry")
			.withRetryAfter(Duration.ofSeconds(5));
	}

	boolean accepts(OtpProperties.TestNumber number, String code) {
		return MessageDigest.isEqual(number.code().getBytes(StandardCharsets.UTF_8),
				code.getBytes(StandardCharsets.UTF_8));
	}

	public static List<String> rolesOf(OtpProperties.TestNumber number) {
		return number.roles().stream().map(Enum::name).toList();
	}
}
