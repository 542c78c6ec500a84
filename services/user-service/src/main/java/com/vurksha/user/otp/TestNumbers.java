package com.vurksha.user.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vurksha.user.phone.PhoneNumbers;

/** The configured test numbers (local profile only), keyed by their E.164 form. */
@Component
public class TestNumbers {

	private final Map<String, OtpProperties.TestNumber> byPhone;

	TestNumbers(OtpProperties properties) {
		this.byPhone = properties.testNumbers()
			.stream()
			.collect(Collectors.toUnmodifiableMap(number -> PhoneNumbers.normalise(number.phone()).e164(),
					Function.identity()));
	}

	public Optional<OtpProperties.TestNumber> find(String e164) {
		return Optional.ofNullable(byPhone.get(e164));
	}

	public boolean accepts(OtpProperties.TestNumber number, String code) {
		return MessageDigest.isEqual(number.code().getBytes(StandardCharsets.UTF_8),
				code.getBytes(StandardCharsets.UTF_8));
	}

	public static List<String> rolesOf(OtpProperties.TestNumber number) {
		return number.roles().stream().map(Enum::name).toList();
	}
}
