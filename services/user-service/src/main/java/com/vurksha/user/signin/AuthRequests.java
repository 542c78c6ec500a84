package com.vurksha.user.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the sign-in calls. */
final class AuthRequests {

	private AuthRequests() {
	}

	/** @param phone any common way of writing an Indian mobile number */
	record OtpRequest(@NotBlank(message = "is required") @Size(max = 32, message = "is too long") String phone) {
	}

	record OtpVerification(@NotBlank(message = "is required") @Size(max = 32, message = "is too long") String phone,
			@NotBlank(message = "is required") @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
	}

	record RefreshRequest(
			@NotBlank(message = "is required") @Size(max = 100, message = "is too long") String refreshToken) {
	}
}
