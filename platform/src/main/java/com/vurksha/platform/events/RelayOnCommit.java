package com.vurksha.platform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes this instance's {@link OutboxRelay} once a transaction that appended events has committed, so the events
 * leave right away instead of at the next poll. It is registered once per transaction however many events the
 * transaction appends, and a rolled-back transaction wakes nothing. Where this instance has no relay (no broker
 * configured, or relaying switched off) it does nothing, and the poll of an instance that relays finds the rows.
 */
final class RelayOnCommit implements TransactionSynchronization {

	private final ObjectProvider<OutboxRelay> relay;

	RelayOnCommit(ObjectProvider<OutboxRelay> relay) {
		this.relay = relay;
	}

	/** Joins the caller's transaction once; without transaction synchronisation the poll finds the rows. */
	void register() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.getSynchronizations().contains(this)) {
			TransactionSynchronizationManager.registerSynchronization(this);
		}
	}

	@Override
	public void afterCommit() {
		relay.ifAvailable(OutboxRelay::runSoon);
	}
}
