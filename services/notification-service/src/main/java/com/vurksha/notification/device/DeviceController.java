package com.vurksha.notification.device;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The app registers its push token after sign-in and removes it on sign-out. */
@RestController
@RequestMapping("/api/v1/users/me/devices")
@Tag(name = "Devices", description = "The signed-in user's push devices")
@SecurityRequirement(name = "bearer")
class DeviceController {

	private final Devices devices;

	DeviceController(Devices devices) {
		this.devices = devices;
	}

	@PostMapping
	@Operation(operationId = "registerDevice", summary = "Register this device for push",
			description = "Idempotent: 201 when the token is new for the caller, 200 when the caller had already "
					+ "registered it (the platform is updated). A token registered by another user moves to the "
					+ "caller. 400 VALIDATION_FAILED for a blank token (or over 1024 characters) or an unknown platform.")
	@ApiResponses({
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
					description = "The device, registered for the caller now"),
			@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
					description = "The device, which the caller had registered already") })
	ResponseEntity<ApiResponse<DeviceRegistration>> register(@Parameter(hidden = true) CurrentUser caller,
			@Valid @RequestBody DeviceRegistration device) {
		boolean created = devices.register(caller.id(), device);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(ApiResponse.ok(device));
	}

	@DeleteMapping("/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "unregisterDevice", summary = "Stop pushes to this device",
			description = "204 whether or not the caller had registered the token; another user's token is left alone.")
	void remove(@Parameter(hidden = true) CurrentUser caller, @PathVariable String token) {
		devices.remove(caller.id(), token);
	}
}
