package com.vurksha.notification.message;

/** PENDING until sent (SENT) or given up on (DEAD: refused for good or out of attempts). */
public enum MessageStatus {
	PENDING, SENT, DEAD
}
