package com.vurksha.platform.events;

/** A consumer's reaction to one event; it runs in the inbox's transaction, so its database writes commit with it. */
@FunctionalInterface
public interface EventHandler {

	void handle(EventEnvelope event);
}
