package com.vurksha.payment.payment;

/** What applying a provider's report did to our records; stored with each webhook. */
public enum Outcome {

	/** The report moved a payment or refund forward. */
	APPLIED,
	/** The report is older than what we know (it arrived out of order, or repeats a state): nothing changed. */
	STALE,
	/** Amount or currency differ from ours: refused, nothing changed, logged for an operator. */
	AMOUNT_MISMATCH,
	/** The report is about a payment or refund we do not have. */
	UNKNOWN,
	/** An event type we do not act on. */
	IGNORED
}
