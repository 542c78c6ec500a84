package com.vurksha.platform.error;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells failures that may pass by themselves (a database fail-over, an exhausted pool, a dependency that is
 * briefly down, an answer cut off midway: any I/O failure) from those that will not. The driver's and the pool's
 * own transient exceptions count even where nothing translated them into Spring's: the pool's "no connection
 * within the connection timeout" is an {@link SQLTransientException}, and PostgreSQL's own states for a statement that
 * gave up or was stopped ({@link #TRANSIENT_SQL_STATES}) count whatever exception carries them, since Spring leaves a
 * lock timeout uncategorized. A transient failure is answered with a retryable 503, is never stored as an idempotent
 * response, and makes a consumer retry rather than give up on a message.
 */
public final class TransientFailures {

	/**
	 * PostgreSQL's SQL states of a statement that may succeed when sent again: a lock wait that hit {@code lock_timeout}
	 * (55P03), a statement cancelled by its timeout (57014), a serialization failure (40001) or deadlock (40P01), and a
	 * server shutting down or not yet accepting connections (57P01-57P03). Connection failures (class 08) count too.
	 */
	static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "57014", "40001", "40P01", "57P01", "57P02",
			"57P03");

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
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (TRANSIENT_SQL_STATES.contains(sql.getSQLState()) || sql.getSQLState().startsWith("08"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
