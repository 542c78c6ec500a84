package com.vurksha.notification.inbox;

/** The count the app puts on its bell: unread notifications over the whole inbox. */
public record UnreadCount(long unreadCount) {
}
