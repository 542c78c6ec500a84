package com.vurksha.platform.events;

/** The RabbitMQ queue type for consumers' queues: classic for one node, quorum for a replicated cluster. */
public enum QueueType {

	CLASSIC, QUORUM
}
