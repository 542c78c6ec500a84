package com.vurksha.notification.inbox;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.notification.NotificationErrorCode;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
	@Operation(operationId = "listNotifications",
			summary = "My notifications", description = "Newest first, as every list: data is the page of "
			+ "notifications, pagination counts the listed ones. unreadOnly=true lists only unread ones. The bell's "
			+ "count is GET /api/v1/notifications/unread-count.")
	ApiResponse<List<NotificationView>> list(@Parameter(hidden = true) CurrentUser caller,
			@Parameter(description = "true to list only unread notifications") @RequestParam(defaultValue = "false") boolean unreadOnly,
			@Parameter(hidden = true) PageQuery page) {
		return ApiResponse.page(notifications.page(caller.id(), unreadOnly, page), page,
				notifications.count(caller.id(), unreadOnly));
	}

	@GetMapping("/unread-count")
	@Operation(operationId = "countUnreadNotifications",
			summary = "How many of my notifications are unread", description = "The count for the app's bell, "
			+ "over the whole inbox.")
	ApiResponse<UnreadCount> unreadCount(@Parameter(hidden = true) CurrentUser caller) {
		return ApiResponse.ok(new UnreadCount(notifications.count(caller.id(), true)));
	}

	@PostMapping("/{id}/read")
	@Operation(operationId = "markNotificationRead",
			summary = "Mark one notification read", description = "Idempotent: reading it again keeps the first "
			+ "readAt. 404 NOTIFICATION_NOT_FOUND for an unknown id or another user's notification.")
	@ApiErrors({"NOTIFICATION_NOT_FOUND"})
	ApiResponse<NotificationView> read(@Parameter(hidden = true) CurrentUser caller, @PathVariable String id) {
		return ApiResponse.ok(notifications.markRead(caller.id(), id)
			.orElseThrow(() -> new ApiException(NotificationErrorCode.NOTIFICATION_NOT_FOUND,
					"No notification " + id + " in your inbox")));
	}

	@PostMapping("/read-all")
	@Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read",
			description = "data.marked is how many were unread; unreadCount is 0 afterwards.")
	ApiResponse<Map<String, Long>> readAll(@Parameter(hidden = true) CurrentUser caller) {
		long marked = notifications.markAllRead(caller.id());
		return ApiResponse.ok(Map.of("marked", marked, "unreadCount", notifications.count(caller.id(), true)));
	}
}
