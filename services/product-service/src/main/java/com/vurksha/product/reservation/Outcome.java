package com.vurksha.product.reservation;

/**
 * What a commit, release or expiry did. Returned rather than thrown, so an event consumer running in the inbox's
 * transaction can log a refusal without marking that transaction rollback-only.
 */
public sealed interface Outcome {

	/** The status moved; the reservation is shown after the move. */
	record Changed(Reservation reservation) implements Outcome {
	}

	/** The reservation was already there: a repeated call or a redelivered event. */
	record Unchanged(Reservation reservation) implements Outcome {
	}

	/** The move is illegal from the reservation's status. */
	record Refused(Reservation reservation, String reason) implements Outcome {
	}

	/** No reservation has this id. */
	record Missing(String reservationId) implements Outcome {
	}
}
