package com.vurksha.delivery.fulfilment;

import java.util.Set;

/** What happens after a failed attempt: another rider tries again, or the order goes back to the hub for good. */
public enum FollowUp {

	REATTEMPT, RETURN_TO_HUB;

	private static final Set<FailureReason> WORTH_ANOTHER_TRY = Set.of(FailureReason.CUSTOMER_UNAVAILABLE,
			FailureReason.ADDRESS_NOT_FOUND, FailureReason.OTHER);

	/**
	 * The follow-up policy: a customer who was out or an address that was hard to find deserves another attempt,
	 * while a refusal or damaged goods would only fail again; attempts are capped so an order cannot circle forever.
	 */
	static FollowUp after(FailureReason reason, int attempt, int maxAttempts) {
		return (WORTH_ANOTHER_TRY.contains(reason) && attempt < maxAttempts) ? REATTEMPT : RETURN_TO_HUB;
	}
}
