package com.vurksha.delivery.events;

/** What happens after a failed attempt: another rider tries again, or the order goes back to the hub for good. */
public enum FollowUp {
	REATTEMPT, RETURN_TO_HUB
}
