package com.vurksha.platform.idempotency;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.platform.jdbc.BatchedDelete;
import com.vurksha.platform.jobs.PeriodicJob;

/** Deletes keys past their retention, in batches, every cleanup interval. Every replica may run it. */
public class ExpiredIdempotencyKeys extends PeriodicJob {

	private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeys.class);

	private final IdempotencyStore store;

	ExpiredIdempotencyKeys(IdempotencyStore store, IdempotencyProperties properties) {
		super("idempotency-cleanup", properties.cleanupInterval(), Duration.ZERO, () -> purge(store));
		this.store = store;
	}

	/** Deletes every expired key now and returns how many there were. */
	public int purge() {
		return purge(store);
	}

	private static int purge(IdempotencyStore store) {
		int deleted = BatchedDelete.inBatches(BatchedDelete.DEFAULT_BATCH, store::deleteExpired);
		if (deleted > 0) {
			log.debug("Deleted {} expired idempotency keys", deleted);
		}
		return deleted;
	}
}
