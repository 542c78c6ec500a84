package com.vurksha.platform.error;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTests {

	@Test
	void databaseOutagesPassBy() {
		assertThat(TransientFailures.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("reset"))).isTrue();
		assertThat(TransientFailures.isTransient(new QueryTimeoutException("slow"))).isTrue();
	}

	@Test
	void aPoolWithNoFreeConnectionIsTransientEvenUntranslated() {
		// what the connection pool throws when its connection timeout passes with every connection busy
		assertThat(TransientFailures.isTransient(new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms"))).isTrue();
		assertThat(TransientFailures.isTransient(new IllegalStateException(new SQLTimeoutException("slow")))).isTrue();
	}

	@Test
	void aDownstreamAnswerCutOffMidwayIsTransient() {
		// what a proxied body read throws when the service's connection closes under it
		assertThat(TransientFailures.isTransient(new IOException("closed"))).isTrue();
		assertThat(TransientFailures.isTransient(new IllegalStateException(new SocketTimeoutException()))).isTrue();
	}

	@Test
	void looksThroughWrappers() {
		assertThat(TransientFailures.isTransient(new IllegalStateException(new ConnectException("refused")))).isTrue();
	}

	@Test
	void retryableApiErrorsAreTransientAndOthersAreNot() {
		assertThat(TransientFailures.isTransient(new ApiException(CommonErrorCode.SERVICE_UNAVAILABLE, "down"))).isTrue();
		assertThat(TransientFailures.isTransient(new ApiException(CommonErrorCode.VALIDATION_FAILED, "bad"))).isFalse();
	}

	@Test
	void aStatementThatGaveUpOrWasStoppedIsTransientWhateverCarriesItsState() {
		// Spring leaves PostgreSQL's lock timeout uncategorized: only the SQL state tells it
		assertThat(TransientFailures.isTransient(new UncategorizedSQLException("query", "select",
				new SQLException("canceling statement due to lock timeout", "55P03")))).isTrue();
		assertThat(TransientFailures.isTransient(new SQLException("canceling statement due to statement timeout",
				"57014"))).isTrue();
		assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
		assertThat(TransientFailures.isTransient(new SQLException("the database system is shutting down", "57P01")))
			.isTrue();
		assertThat(TransientFailures.isTransient(new SQLException("connection failure", "08006"))).isTrue();
		assertThat(TransientFailures.isTransient(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
		assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
	}

	@Test
	void bugsAndConstraintViolationsAreNot() {
		assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
	}
}
