package com.vurksha.notification.channel;

/** An outgoing channel; the in-app inbox is not one, it is written directly and always. */
public enum Channel {
	PUSH, SMS, EMAIL
}
