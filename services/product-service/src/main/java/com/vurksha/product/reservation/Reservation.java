package com.vurksha.product.reservation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vurksha.product.reservation.Decision.AlreadyDone;
import com.vurksha.product.reservation.Decision.Apply;
import com.vurksha.product.reservation.Decision.Refuse;
import com.vurksha.product.reservation.ReservationEvent.ReservationCommitted;
import com.vurksha.product.reservation.ReservationEvent.ReservationExpired;
import com.vurksha.product.reservation.ReservationEvent.ReservationReleased;

/**
 * Packs held for one checkout (its id is the order id). Its status only moves RESERVED → COMMITTED → RELEASED,
 * RESERVED → RELEASED or RESERVED → EXPIRED; the methods below decide each move and are safe to call again, which
 * is what makes the internal calls and the event consumers idempotent.
 */
public record Reservation(String id, ReservationStatus status, Instant expiresAt, List<ReservedLine> lines) {

	public Reservation {
		lines = List.copyOf(lines);
	}

	/**
	 * The order was confirmed. A RESERVED reservation past its expiry that the job has not swept yet still holds its
	 * packs, so it may still be committed; a released or expired one may not, as its packs may be sold again.
	 */
	Decision commit() {
		return switch (status) {
			case RESERVED -> new Apply(new ReservationCommitted(id));
			case COMMITTED -> new AlreadyDone();
			case RELEASED, EXPIRED -> new Refuse("Reservation " + id + " is " + status + "; it holds no stock to commit");
		};
	}

	/** The order was cancelled: whatever is still held goes back; releasing twice changes nothing. */
	Decision release() {
		return status.holdsStock() ? new Apply(new ReservationReleased(id, status)) : new AlreadyDone();
	}

	/** The expiry job's move: only a RESERVED reservation whose time is up expires. */
	Decision expire(Instant now) {
		if (status != ReservationStatus.RESERVED) {
			return new AlreadyDone();
		}
		if (now.isBefore(expiresAt)) {
			return new Refuse("Reservation " + id + " holds its stock until " + expiresAt);
		}
		return new Apply(new ReservationExpired(id));
	}

	/** Whether a repeated request asks for exactly these lines (order of lines does not matter). */
	boolean sameLinesAs(List<RequestedLine> requested) {
		Map<String, Integer> held = lines.stream()
			.collect(Collectors.toMap(ReservedLine::variantId, ReservedLine::quantity));
		Map<String, Integer> asked = requested.stream()
			.collect(Collectors.toMap(RequestedLine::variantId, RequestedLine::quantity, Integer::sum));
		return held.equals(asked);
	}

	Reservation withStatus(ReservationStatus next) {
		return new Reservation(id, next, expiresAt, lines);
	}
}
