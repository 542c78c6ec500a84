package com.vurksha.notification.inbox;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.notification.NotificationErrorCode;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.api.Pagination;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The app's notification bell: the caller's inbox, and marking what they have read. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in user's in-app notifications")
@SecurityRequirement(name = "bearer")
class NotificationController {

	private final InAppNotifications notifications;

	NotificationController(InAppNotifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "My notifications", description = "Newest first; data holds notifications and unreadCount "
			+ "(over the whole inbox), pagination counts the listed ones. unreadOnly=true lists only unread ones. "
			+ "400 VALIDATION_FAILED for page or limit out of range.")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number from 1 (default 1)")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "Notifications per page, 1 to 100 (default 20)")
	ApiResponse<InboxPage> list(@Parameter(hidden = true) CurrentUser caller,
			@RequestParam(defaultValue = "false") boolean unreadOnly, @Parameter(hidden = true) PageQuery page) {
		InboxPage inbox = new InboxPage(notifications.page(caller.id(), unreadOnly, page),
				notifications.count(caller.id(), true));
		return new ApiResponse<>(true, inbox, Meta.now(),
				Pagination.of(page, notifications.count(caller.id(), unreadOnly)));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark one notification read", description = "Idempotent: reading it again keeps the first "
			+ "readAt. 404 NOTIFICATION_NOT_FOUND for an unknown id or another user's notification.")
	ApiResponse<NotificationView> read(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
		return ApiResponse.ok(notifications.markRead(caller.id(), id)
			.orElseThrow(() -> new ApiException(NotificationErrorCode.NOTIFICATION_NOT_FOUND,
					"No notification " + id + " in your inbox")));
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all my notifications read",
			description = "data.marked is how many were unread; unreadCount is 0 afterwards.")
	ApiResponse<Map<String, Long>> readAll(@Parameter(hidden = true) CurrentUser caller) {
		long marked = notifications.markAllRead(caller.id());
		return ApiResponse.ok(Map.of("marked", marked, "unreadCount", notifications.count(caller.id(), true)));
	}
}
