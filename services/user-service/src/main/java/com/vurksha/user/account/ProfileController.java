package com.vurksha.user.account;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/users/me")
@Tag(name = "Profile", description = "The signed-in user's own profile")
@SecurityRequirement(name = "bearer")
class ProfileController {

	private final Profiles profiles;

	ProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(operationId = "getMe", summary = "Read my profile")
	@ApiResponses({
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The profile"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401",
					description = "No valid access token") })
	@ApiErrors({"USER_NOT_FOUND"})
	ApiResponse<ProfileView> me(@Parameter(hidden = true) CurrentUser caller) {
		return ApiResponse.ok(ProfileView.of(profiles.get(new UserId(caller.id()))));
	}

	@PatchMapping
	@Operation(operationId = "updateMe", summary = "Change my name, email or preferred language",
			description = "Fields left out stay as they are. preferredLanguage is en or hi. A change is announced to "
					+ "other services as user.user.profile-updated.")
	@ApiResponses({
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
					description = "The changed profile"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
					description = "VALIDATION_FAILED or MALFORMED_REQUEST, with the offending fields"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401",
					description = "No valid access token") })
	@ApiErrors({"USER_NOT_FOUND"})
	ApiResponse<ProfileView> update(@Parameter(hidden = true) CurrentUser caller,
			@Valid @RequestBody ProfileUpdate change) {
		return ApiResponse.ok(ProfileView.of(profiles.update(new UserId(caller.id()), change)));
	}
}
