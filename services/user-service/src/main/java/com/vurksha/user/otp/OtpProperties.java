package com.vurksha.user.otp;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.vurksha.platform.security.Role;

/**
 * One-time password rules.
 *
 * @param hashSecret server secret keying the HMAC under which codes are stored (environment {@code OTP_HASH_SECRET})
 * @param ttl how long a code is valid
 * @param maxAttempts wrong codes after which a challenge is locked
 * @param resendAfter shortest wait between two codes for one number
 * @param maxPerPhonePerHour codes one number may be sent in an hour
 * @param maxPerIpPerHour codes one client address may ask for in an hour
 * @param testNumbers numbers that accept a fixed code without SMS; empty outside the local profile
 */
@Validated
@ConfigurationProperties("vurksha.otp")
public record OtpProperties(
		@NotBlank(message = "set vurksha.otp.hash-secret (OTP_HASH_SECRET)") @Size(min = 32) String hashSecret,
		@DefaultValue("5m") Duration ttl, @DefaultValue("5") @Min(1) int maxAttempts,
		@DefaultValue("30s") Duration resendAfter, @DefaultValue("5") @Min(1) int maxPerPhonePerHour,
		@DefaultValue("30") @Min(1) int maxPerIpPerHour, @DefaultValue List<@Valid TestNumber> testNumbers) {

	/**
	 * A number that signs in with a fixed code, as test numbers of hosted auth providers do.
	 *
	 * @param roles roles the account gets when it is created
	 */
	public record TestNumber(@NotBlank String phone, @Pattern(regexp = "\\d{6}") String code,
			@NotEmpty List<Role> roles) {
	}
}
