package com.vurksha.user.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.user.otp.OtpIssuer;
import com.vurksha.user.otp.OtpSent;
import com.vurksha.user.phone.PhoneNumbers;
import com.vurksha.user.signin.AuthRequests.OtpRequest;
import com.vurksha.user.signin.AuthRequests.OtpVerification;
import com.vurksha.user.signin.AuthRequests.RefreshRequest;
import com.vurksha.user.token.Tokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Sign in with a one-time code sent by SMS; refresh and end sessions")
class AuthController {

	private final OtpIssuer otpIssuer;

	private final SignIn signIn;

	private final Tokens tokens;

	AuthController(OtpIssuer otpIssuer, SignIn signIn, Tokens tokens) {
		this.otpIssuer = otpIssuer;
		this.signIn = signIn;
		this.tokens = tokens;
	}

	@PostMapping("/otp/request")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "requestOtp", summary = "Send a sign-in code by SMS",
			description = "Accepts 9876543210, 09876543210, +91 98765 43210 or 919876543210. The code is valid for "
					+ "expiresInSeconds; another may be asked for after resendAfterSeconds.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202",
			description = "The code was handed to the SMS provider"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "INVALID_PHONE, VALIDATION_FAILED or MALFORMED_REQUEST"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "429",
					description = "RATE_LIMITED: too soon after the last code, or an hourly limit; see Retry-After"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "503",
					description = "SMS_UNAVAILABLE: the SMS provider failed; no code was issued, retry") })
	@ApiErrors({"INVALID_PHONE", "SMS_UNAVAILABLE"})
	ApiResponse<OtpSent> requestOtp(@Valid @RequestBody OtpRequest body, HttpServletRequest request) {
		return ApiResponse.ok(otpIssuer.send(PhoneNumbers.normalise(body.phone()), ClientAddresses.of(request)));
	}

	@PostMapping("/otp/verify")
	@Operation(operationId = "verifyOtp", summary = "Sign in with the code",
			description = "Creates the account (role CUSTOMER) on the first sign-in; isNewUser tells the app to ask "
					+ "for a name.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Signed in: access and refresh tokens and the user"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "INVALID_PHONE, VALIDATION_FAILED or MALFORMED_REQUEST"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401",
					description = "OTP_INVALID (details give the attempts left), OTP_LOCKED, OTP_EXPIRED or "
							+ "OTP_NOT_FOUND") })
	@ApiErrors({"INVALID_PHONE", "OTP_EXPIRED", "OTP_INVALID", "OTP_LOCKED", "OTP_NOT_FOUND"})
	ApiResponse<SessionView> verifyOtp(@Valid @RequestBody OtpVerification body) {
		return ApiResponse.ok(SessionView.of(signIn.verify(PhoneNumbers.normalise(body.phone()), body.code())));
	}

	@PostMapping("/token/refresh")
	@Operation(operationId = "refreshToken", summary = "Exchange a refresh token for a new pair",
			description = "The presented refresh token stops working. Presenting one that was already used signs "
					+ "out every session of its family.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "New access and refresh tokens and the user"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED or MALFORMED_REQUEST"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401",
					description = "REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED, REFRESH_TOKEN_REUSED or "
							+ "REFRESH_TOKEN_REVOKED: sign in again") })
	@ApiErrors({"REFRESH_TOKEN_EXPIRED", "REFRESH_TOKEN_INVALID", "REFRESH_TOKEN_REUSED", "REFRESH_TOKEN_REVOKED"})
	ApiResponse<SessionView> refresh(@Valid @RequestBody RefreshRequest body) {
		Tokens.Refreshed refreshed = tokens.refresh(body.refreshToken());
		return ApiResponse.ok(SessionView.of(new SignedIn(refreshed.user(), refreshed.tokens(), false)));
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "logout",
			summary = "Sign out", description = "Ends the refresh token's session; an unknown token is accepted.")
	@ApiResponses({ @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204",
			description = "Signed out"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED or MALFORMED_REQUEST") })
	void logout(@Valid @RequestBody RefreshRequest body) {
		tokens.revoke(body.refreshToken());
	}
}
