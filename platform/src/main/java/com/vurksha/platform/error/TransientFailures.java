package com.vurksha.platform.error;

import java.io.IOException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells failures that may pass by themselves (a database fail-over, an exhausted pool, a dependency that is
 * briefly down, an answer cut off midway: any I/O failure) from those that will not. The driver's and the pool's
 * own transient exceptions count even where nothing translated them into Spring's: the pool's "no connection
 * within the connection timeout" is an {@link SQLTransientException}. A transient failure is answered with a retryable 503, is never
 * stored as an idempotent response, and makes a consumer retry rather than give up on a message.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	public static boolean isTransient(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ApiException api) {
				return api.code().retryable();
			}
			if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
					|| t instanceof CannotCreateTransactionException || t instanceof IOException
					|| t instanceof SQLTransientException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
