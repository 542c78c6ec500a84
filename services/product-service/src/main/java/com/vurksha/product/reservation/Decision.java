package com.vurksha.product.reservation;

/** The answer of a reservation to a request to change its status. */
sealed interface Decision {

	/** The change is legal: apply it and publish the event. */
	record Apply(ReservationEvent event) implements Decision {
	}

	/** The reservation is already where the request wants it (a repeated call or a redelivered event). */
	record AlreadyDone() implements Decision {
	}

	/** The change is illegal from the current status; {@code reason} names that status. */
	record Refuse(String reason) implements Decision {
	}
}
