package com.vurksha.platform.jdbc;

import java.util.function.IntUnaryOperator;

/**
 * Deletes many rows as a series of small statements, each committing on its own, so that a purge never holds
 * long locks or bloats one transaction. Every replica may run the same purge; deleting a row another replica
 * already deleted is harmless.
 */
public final class BatchedDelete {

	/** Rows per statement unless a purge has a reason to differ. */
	public static final int DEFAULT_BATCH = 1000;

	private BatchedDelete() {
	}

	/**
	 * Calls {@code deleteUpTo} with the batch size until a batch deletes fewer rows than that.
	 * @param deleteUpTo deletes at most the given number of rows and returns how many it deleted
	 * @return the rows deleted in all
	 */
	public static int inBatches(int batchSize, IntUnaryOperator deleteUpTo) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("The batch size must be positive, got " + batchSize);
		}
		int total = 0;
		int deleted;
		do {
			deleted = deleteUpTo.applyAsInt(batchSize);
			total += deleted;
		}
		while (deleted >= batchSize);
		return total;
	}
}
