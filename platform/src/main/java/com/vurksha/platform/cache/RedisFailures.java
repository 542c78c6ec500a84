package com.vurksha.platform.cache;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;

/**
 * Tells a Redis that did not answer (timed out, refused, dropped or not yet connected) from one that answered
 * with an error. Lettuce's types are matched by name: the platform also runs where Lettuce is not on the class
 * path.
 */
final class RedisFailures {

	private static final String LETTUCE_EXCEPTION = "io.lettuce.core.RedisException";

	/** Redis answered: a script error, a wrong type, {@code READONLY} from a replica. */
	private static final String LETTUCE_SERVER_ERROR = "io.lettuce.core.RedisCommandExecutionException";

	/** The calling thread was interrupted; says nothing about Redis. */
	private static final String LETTUCE_INTERRUPTED = "io.lettuce.core.RedisCommandInterruptedException";

	private RedisFailures() {
	}

	/**
	 * Whether the failure, or one of its causes, shows that Redis did not answer: a command or connect timeout, a
	 * refused, reset or closed connection, or a command rejected because the client is disconnected (Lettuce
	 * reports the last two as its plain {@code RedisException}).
	 */
	static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof QueryTimeoutException || cause instanceof RedisConnectionFailureException
					|| cause instanceof TimeoutException || cause instanceof IOException) {
				return true;
			}
			if (isA(cause, LETTUCE_SERVER_ERROR) || isA(cause, LETTUCE_INTERRUPTED)) {
				return false;
			}
			if (isA(cause, LETTUCE_EXCEPTION)) {
				return true;
			}
		}
		return false;
	}

	/** Whether Redis answered that it is a read-only replica: the client is connected to a demoted primary. */
	static boolean isReadOnlyReplica(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (isA(cause, LETTUCE_SERVER_ERROR) && cause.getMessage() != null
					&& cause.getMessage().startsWith("READONLY")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isA(Throwable failure, String className) {
		for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
			if (type.getName().equals(className)) {
				return true;
			}
		}
		return false;
	}
}
