package com.vurksha.payment.payment;

/** The provider reported one ledger entry twice with different amounts: refused and alerted, never applied. */
public class LedgerConflictException extends IllegalStateException {

	public LedgerConflictException(String paymentId, String reference, String type, long recorded, long reported) {
		super("Ledger conflict on payment " + paymentId + " " + type + " " + reference + ": recorded " + recorded
				+ ", reported " + reported);
	}
}
