package com.vurksha.product.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.FieldViolation;
import com.vurksha.product.ProductErrorCode;
import com.vurksha.product.inventory.LockedStock;
import com.vurksha.product.inventory.StockHolds;
import com.vurksha.product.inventory.StockLevel;

/**
 * Reserves stock for checkouts, all or nothing: the reservation id is claimed first (so a repeated request finds
 * the first one's result), then the stock rows of every line are locked in variant-id order and checked, and only
 * when every line fits are the packs held. Any refusal rolls the whole transaction back.
 */
@Service
public class StockReservations {

	private final Reservations reservations;

	private final StockHolds holds;

	private final ReservationRules rules;

	private final ReservationProperties properties;

	private final Clock clock;

	StockReservations(Reservations reservations, StockHolds holds, ReservationRules rules,
			ReservationProperties properties, Clock clock) {
		this.reservations = reservations;
		this.holds = holds;
		this.rules = rules;
		this.properties = properties;
		this.clock = clock;
	}

	/** A reservation and whether this call made it (false: an earlier request with the same id did). */
	public record Reserved(Reservation reservation, boolean created) {
	}

	@Transactional
	public Reserved reserve(ReservationRequest request, String actor) {
		List<RequestedLine> lines = rules.distinctLines(request.lines());
		// PostgreSQL keeps microseconds: the first answer must equal what a repeated request reads back
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Duration ttl = (request.ttlSeconds() != null) ? Duration.ofSeconds(request.ttlSeconds())
				: properties.defaultTtl();
		Instant expiresAt = now.plus(ttl);
		if (!reservations.claim(request.reservationId(), expiresAt, actor, now)) {
			return new Reserved(existing(request.reservationId(), lines), false);
		}
		List<ReservedLine> reserved = rules.sellableLines(lines, reservations.sellables(ids(lines)));
		holdAll(request.reservationId(), lines, actor);
		reservations.addLines(request.reservationId(), reserved);
		return new Reserved(new Reservation(request.reservationId(), ReservationStatus.RESERVED, expiresAt, reserved),
				true);
	}

	/** A repeated request gets the first one's reservation, provided it asks for the same lines. */
	private Reservation existing(String reservationId, List<RequestedLine> lines) {
		Reservation existing = reservations.find(reservationId).orElseThrow();
		if (!existing.sameLinesAs(lines)) {
			throw new ApiException(ProductErrorCode.RESERVATION_CONFLICT, "Reservation " + reservationId
					+ " already exists with other lines; a new checkout needs a new reservation id");
		}
		return existing;
	}

	/** Locks every line's stock in variant-id order and holds the packs only if every line fits. */
	private void holdAll(String reservationId, List<RequestedLine> lines, String actor) {
		Map<String, LockedStock> locked = holds.lockInOrder(ids(lines))
			.stream()
			.collect(Collectors.toMap(LockedStock::variantId, Function.identity()));
		Map<String, StockLevel> levels = locked.values()
			.stream()
			.collect(Collectors.toMap(LockedStock::variantId, LockedStock::level));
		rules.requireStockRows(lines, levels.keySet());
		List<FieldViolation> shortages = Shortages.of(lines, levels);
		if (!shortages.isEmpty()) {
			throw new ApiException(ProductErrorCode.INSUFFICIENT_STOCK, "Not enough stock for " + shortages.size()
					+ " of " + lines.size() + " lines; nothing was reserved")
				.withDetails(shortages);
		}
		lines.forEach(line -> holds.reserve(locked.get(line.variantId()), line.quantity(), reservationId, actor));
	}

	@Transactional(readOnly = true)
	public Reservation get(String reservationId) {
		return reservations.find(reservationId).orElseThrow(() -> notFound(reservationId));
	}

	/** The order was confirmed: the held packs become its allocation. Safe to repeat. */
	@Transactional
	public Outcome commit(String reservationId, String actor) {
		return change(reservationId, Reservation::commit, actor);
	}

	/** The order was cancelled or abandoned: held or allocated packs go back. Safe to repeat. */
	@Transactional
	public Outcome release(String reservationId, String actor) {
		return change(reservationId, Reservation::release, actor);
	}

	/** Gives an expired reservation's packs back, if it is still RESERVED and its time is up. */
	@Transactional
	public Outcome expire(String reservationId) {
		Instant now = clock.instant();
		return change(reservationId, reservation -> reservation.expire(now), "reservation-expiry");
	}

	private Outcome change(String reservationId, Function<Reservation, Decision> decide, String actor) {
		Reservation reservation = reservations.lock(reservationId).orElse(null);
		if (reservation == null) {
			return new Outcome.Missing(reservationId);
		}
		Decision decision = decide.apply(reservation);
		if (decision instanceof Decision.Apply apply) {
			return new Outcome.Changed(apply(reservation, apply.event(), actor));
		}
		if (decision instanceof Decision.Refuse refused) {
			return new Outcome.Refused(reservation, refused.reason());
		}
		return new Outcome.Unchanged(reservation);
	}

	private Reservation apply(Reservation reservation, ReservationEvent event, String actor) {
		Map<String, LockedStock> locked = holds.lockInOrder(heldIds(reservation.lines()))
			.stream()
			.collect(Collectors.toMap(LockedStock::variantId, Function.identity()));
		for (ReservedLine line : reservation.lines()) {
			LockedStock stock = locked.get(line.variantId());
			if (event instanceof ReservationEvent.ReservationCommitted) {
				holds.commit(stock, reservation.id(), actor);
			}
			else {
				holds.release(stock, line.quantity(), reservation.id(), actor, releaseNote(event));
			}
		}
		reservations.changeStatus(reservation.id(), event.status(), clock.instant());
		return reservation.withStatus(event.status());
	}

	private static String releaseNote(ReservationEvent event) {
		return (event instanceof ReservationEvent.ReservationReleased released) ? "Released from " + released.from()
				: "Reservation expired";
	}

	private static List<String> ids(List<RequestedLine> lines) {
		return lines.stream().map(RequestedLine::variantId).toList();
	}

	private static List<String> heldIds(List<ReservedLine> lines) {
		return lines.stream().map(ReservedLine::variantId).toList();
	}

	static ApiException notFound(String reservationId) {
		return new ApiException(ProductErrorCode.RESERVATION_NOT_FOUND,
				"No reservation " + reservationId + " exists");
	}
}
