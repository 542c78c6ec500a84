package com.vurksha.product.reservation;

/** What happened to a reservation, raised by its guarded transitions. */
public sealed interface ReservationEvent {

	String reservationId();

	/** The status the reservation moved to. */
	ReservationStatus status();

	/** The order was confirmed and the held packs became its allocation. */
	record ReservationCommitted(String reservationId) implements ReservationEvent {

		@Override
		public ReservationStatus status() {
			return ReservationStatus.COMMITTED;
		}
	}

	/** The held or allocated packs went back to the shelf. */
	record ReservationReleased(String reservationId, ReservationStatus from) implements ReservationEvent {

		@Override
		public ReservationStatus status() {
			return ReservationStatus.RELEASED;
		}
	}

	/** Nobody committed the reservation before it expired, so its packs went back to the shelf. */
	record ReservationExpired(String reservationId) implements ReservationEvent {

		@Override
		public ReservationStatus status() {
			return ReservationStatus.EXPIRED;
		}
	}
}
