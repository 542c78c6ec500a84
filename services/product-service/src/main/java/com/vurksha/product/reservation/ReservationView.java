package com.vurksha.product.reservation;

import java.time.Instant;
import java.util.List;

/** A reservation as the order service reads it; prices in the lines are paise in {@code currency}. */
public record ReservationView(String reservationId, ReservationStatus status, Instant expiresAt, String currency,
		List<ReservedLine> lines) {

	static ReservationView of(Reservation reservation) {
		return new ReservationView(reservation.id(), reservation.status(), reservation.expiresAt(), "INR",
				reservation.lines());
	}
}
