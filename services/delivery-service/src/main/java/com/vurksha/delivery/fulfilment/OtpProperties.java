package com.vurksha.delivery.fulfilment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The doorstep code.
 *
 * @param key the HMAC key codes are derived with (env {@code DELIVERY_OTP_KEY}); required, so a service deployed
 * without it fails at start instead of handing out guessable codes. Only the local profile and tests carry a
 * local-only key.
 * @param length decimal digits of the code
 * @param maxAttempts wrong codes after which the code is locked until an operator resets it
 */
@Validated
@ConfigurationProperties("vurksha.delivery.otp")
public record OtpProperties(@NotBlank @Size(min = 16) String key, @DefaultValue("4") @Min(4) @Max(8) int length,
		@DefaultValue("5") @Min(1) @Max(20) int maxAttempts) {

	@Override
	public String toString() {
		return "OtpProperties[key=<hidden>, length=" + length + ", maxAttempts=" + maxAttempts + "]";
	}
}
