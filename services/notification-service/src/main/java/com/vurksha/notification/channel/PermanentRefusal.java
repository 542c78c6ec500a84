package com.vurksha.notification.channel;

/**
 * The provider answered and will never accept this message, e.g. an unregistered push token or a malformed address.
 * It is no sign of an unhealthy provider, so it does not count against the circuit breaker.
 */
public class PermanentRefusal extends RuntimeException {

	public PermanentRefusal(String message) {
		super(message);
	}

	public PermanentRefusal(String message, Throwable cause) {
		super(message, cause);
	}
}
