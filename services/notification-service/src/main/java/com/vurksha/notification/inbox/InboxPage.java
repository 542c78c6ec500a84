package com.vurksha.notification.inbox;

import java.util.List;

/** A page of the inbox with the count the app puts on its bell, over the whole inbox rather than this page. */
public record InboxPage(List<NotificationView> notifications, long unreadCount) {
}
