package com.vurksha.delivery.fulfilment;

import java.util.Set;

import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;

/**
 * The follow-up policy: a customer who was out or an address that was hard to find deserves another attempt, while
 * a refusal or damaged goods would only fail again; attempts are capped so an order cannot circle forever.
 */
final class FollowUpPolicy {

	private static final Set<FailureReason> WORTH_ANOTHER_TRY = Set.of(FailureReason.CUSTOMER_UNAVAILABLE,
			FailureReason.ADDRESS_NOT_FOUND, FailureReason.OTHER);

	private FollowUpPolicy() {
	}

	static FollowUp after(FailureReason reason, int attempt, int maxAttempts) {
		return (WORTH_ANOTHER_TRY.contains(reason) && attempt < maxAttempts) ? FollowUp.REATTEMPT
				: FollowUp.RETURN_TO_HUB;
	}
}
