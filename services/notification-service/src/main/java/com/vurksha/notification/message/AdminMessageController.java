package com.vurksha.notification.message;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Operators see the push, SMS and e-mail messages that could not be delivered, and send them again. */
@RestController
@RequestMapping("/api/v1/admin/notifications")
@Tag(name = "Notification administration")
@SecurityRequirement(name = "bearer")
class AdminMessageController {

	private final MessageAdministration administration;

	AdminMessageController(MessageAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/dead")
	@Operation(operationId = "listDeadNotifications",
			summary = "Dead-lettered messages", description = "Newest first. Each with channel, masked destination, "
			+ "attempts and the provider's last answer. Needs role ADMIN (403 FORBIDDEN otherwise).")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Messages per page, 1 to 100 (default 20)")
	ApiResponse<List<MessageView>> dead(@Parameter(hidden = true) PageQuery page) {
		MessageAdministration.Page dead = administration.dead(page);
		return ApiResponse.page(dead.items(), page, dead.total());
	}

	@PostMapping("/{id}/retry")
	@Operation(operationId = "retryNotification",
			summary = "Send a dead message again", description = "The message becomes PENDING with a fresh set of "
			+ "attempts and is sent on the dispatcher's next run. 404 MESSAGE_NOT_FOUND, 409 MESSAGE_NOT_DEAD when it "
			+ "is PENDING or SENT. Needs role ADMIN.")
	@ApiErrors({"MESSAGE_NOT_DEAD", "MESSAGE_NOT_FOUND"})
	ApiResponse<MessageView> retry(@PathVariable String id) {
		return ApiResponse.ok(administration.retry(id));
	}
}
