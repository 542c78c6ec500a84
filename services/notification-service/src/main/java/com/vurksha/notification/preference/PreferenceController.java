package com.vurksha.notification.preference;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The app's notification settings screen. */
@RestController
@RequestMapping("/api/v1/users/me/notification-preferences")
@Tag(name = "Notification preferences", description = "Which channels the signed-in user is reached on")
@SecurityRequirement(name = "bearer")
class PreferenceController {

	private final UserPreferences preferences;

	PreferenceController(UserPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(operationId = "getNotificationPreferences", summary = "My notification channels",
			description = "push, sms and email; all true until changed. The in-app inbox is always on.")
	ApiResponse<Preferences> get(@Parameter(hidden = true) CurrentUser caller) {
		return ApiResponse.ok(preferences.of(caller.id()));
	}

	@PutMapping
	@Operation(operationId = "updateNotificationPreferences", summary = "Choose my notification channels",
			description = "All three of push, sms and email are required booleans (400 VALIDATION_FAILED otherwise). "
					+ "Applies to notifications of events that arrive from now on.")
	ApiResponse<Preferences> put(@Parameter(hidden = true) CurrentUser caller,
			@Valid @RequestBody Preferences choice) {
		return ApiResponse.ok(preferences.save(caller.id(), choice));
	}
}
