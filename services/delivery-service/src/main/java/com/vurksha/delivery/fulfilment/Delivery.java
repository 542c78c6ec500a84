package com.vurksha.delivery.fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.events.DeliveryAccepted;
import com.vurksha.delivery.events.DeliveryAssigned;
import com.vurksha.delivery.events.DeliveryDelivered;
import com.vurksha.delivery.events.DeliveryEvent;
import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.delivery.events.DeliveryPickedUp;
import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;
import com.vurksha.delivery.events.RiderArrived;
import com.vurksha.delivery.events.RiderArrivingSoon;
import com.vurksha.delivery.location.Distances;
import com.vurksha.delivery.location.EtaProperties;
import com.vurksha.delivery.location.GeoPoint;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.platform.error.ApiException;

import static com.vurksha.delivery.fulfilment.DeliveryStatus.ACCEPTED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.ARRIVED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.ASSIGNED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.CANCELLED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.DELIVERED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.EN_ROUTE;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.FAILED;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.PICKED_UP;
import static com.vurksha.delivery.fulfilment.DeliveryStatus.UNASSIGNED;

/**
 * One order's way from the hub to the door. Its state moves only through the methods here, each refusing an illegal
 * move with 409 DELIVERY_STATE_CONFLICT naming the current state, and each answering the events it raised.
 */
public final class Delivery {

	private static final Set<DeliveryStatus> RELEASABLE = EnumSet.of(ASSIGNED, ACCEPTED);

	private static final Set<DeliveryStatus> FAILABLE = EnumSet.of(ACCEPTED, PICKED_UP, EN_ROUTE, ARRIVED);

	private final String id;

	private final OrderDetails order;

	private final Instant createdAt;

	private DeliveryStatus status;

	private int attempt;

	private String riderId;

	private Instant assignedAt;

	private int otpGeneration;

	private int otpFailures;

	private Tracking tracking;

	private Outcome outcome;

	/**
	 * Where the rider last was and what that meant for the customer, per attempt.
	 * @param lastLocationAt when the phone took the last fix
	 * @param etaAt when the rider should arrive: when that fix was received plus {@code etaMinutes}
	 */
	record Tracking(GeoPoint lastLocation, Instant lastLocationAt, Integer etaMinutes, Instant etaAt,
			int arrivingSoonAttempt, int arrivedAttempt) {

		static final Tracking NONE = new Tracking(null, null, null, null, 0, 0);
	}

	/**
	 * How the last attempt ended.
	 * @param proofFileId the file service's id of the rider's photo of the door, when a failed attempt has one
	 */
	record Outcome(FailureReason failureReason, String failureNote, FollowUp followUp, String proofFileId,
			Instant deliveredAt) {

		static final Outcome NONE = new Outcome(null, null, null, null, null);
	}

	Delivery(String id, OrderDetails order, Instant createdAt, DeliveryStatus status, int attempt, String riderId,
			Instant assignedAt, int otpGeneration, int otpFailures, Tracking tracking, Outcome outcome) {
		this.id = id;
		this.order = order;
		this.createdAt = createdAt;
		this.status = status;
		this.attempt = attempt;
		this.riderId = riderId;
		this.assignedAt = assignedAt;
		this.otpGeneration = otpGeneration;
		this.otpFailures = otpFailures;
		this.tracking = tracking;
		this.outcome = outcome;
	}

	static Delivery open(String id, OrderDetails order, Instant now) {
		return new Delivery(id, order, now, UNASSIGNED, 1, null, null, 1, 0, Tracking.NONE, Outcome.NONE);
	}

	DeliveryAssigned assign(Rider rider, Instant now) {
		require(EnumSet.of(UNASSIGNED), "be assigned");
		status = ASSIGNED;
		riderId = rider.id();
		assignedAt = now;
		return new DeliveryAssigned(id, order.orderId(), order.orderNumber(), order.customerId(), attempt, rider.id(),
				rider.userId(), rider.firstName());
	}

	DeliveryAccepted accept(Rider rider) {
		require(EnumSet.of(ASSIGNED), "be accepted");
		status = ACCEPTED;
		return new DeliveryAccepted(id, order.orderId(), order.orderNumber(), order.customerId(), attempt, rider.id(),
				rider.firstName());
	}

	/**
	 * Takes the delivery off its rider before pickup (the rider rejected it, let it time out, or an operator moved
	 * it) so it can be assigned again.
	 * @return the rider who held it
	 */
	String unassign() {
		require(RELEASABLE, "be unassigned");
		String former = riderId;
		status = UNASSIGNED;
		riderId = null;
		assignedAt = null;
		return former;
	}

	DeliveryPickedUp pickUp(Rider rider) {
		require(EnumSet.of(ACCEPTED), "be picked up");
		status = PICKED_UP;
		return new DeliveryPickedUp(id, order.orderId(), order.orderNumber(), order.customerId(), attempt, rider.id(),
				rider.firstName());
	}

	/** Refuses pings and handovers before pickup and after the end. */
	void requireOnTheWay(String action) {
		if (!status.isOnTheWay()) {
			throw conflict(action);
		}
	}

	/**
	 * Takes a rider's position: the first after pickup means the rider is on the way; close enough to the address
	 * means at the door. The customer hears "arriving soon" and "arrived" once per attempt each. A fix taken before
	 * the last one (a phone sending buffered fixes late) changes nothing: the newer position stands. The ETA counts
	 * from {@code now}, when the fix was received, not from when the phone took it.
	 */
	List<DeliveryEvent> locate(GeoPoint at, Instant recordedAt, Instant now, Rider rider, EtaProperties eta) {
		requireOnTheWay("take a location");
		if (isOlderThanLastFix(recordedAt)) {
			return List.of();
		}
		if (status == PICKED_UP) {
			status = EN_ROUTE;
		}
		GeoPoint destination = order.destination();
		if (destination == null) {
			tracking = new Tracking(at, recordedAt, null, null, tracking.arrivingSoonAttempt(),
					tracking.arrivedAttempt());
			return List.of();
		}
		double meters = Distances.meters(at, destination);
		int minutes = eta.minutes(meters);
		Instant etaAt = now.plus(Duration.ofMinutes(minutes));
		tracking = new Tracking(at, recordedAt, minutes, etaAt, tracking.arrivingSoonAttempt(),
				tracking.arrivedAttempt());
		List<DeliveryEvent> events = new ArrayList<>();
		if (minutes <= eta.arrivingSoonMinutes() && tracking.arrivingSoonAttempt() < attempt) {
			tracking = new Tracking(at, recordedAt, minutes, etaAt, attempt, tracking.arrivedAttempt());
			events.add(new RiderArrivingSoon(id, order.orderId(), order.orderNumber(), order.customerId(), attempt,
					rider.firstName(), minutes));
		}
		if (meters <= eta.arrivedWithinMeters()) {
			arrive(rider).ifPresent(events::add);
		}
		return events;
	}

	/** Whether a fix was taken before the last location this attempt has. */
	boolean isOlderThanLastFix(Instant recordedAt) {
		return tracking.lastLocationAt() != null && recordedAt.isBefore(tracking.lastLocationAt());
	}

	private Optional<DeliveryEvent> arrive(Rider rider) {
		status = ARRIVED;
		if (tracking.arrivedAttempt() >= attempt) {
			return Optional.empty();
		}
		tracking = new Tracking(tracking.lastLocation(), tracking.lastLocationAt(), tracking.etaMinutes(),
				tracking.etaAt(), tracking.arrivingSoonAttempt(), attempt);
		return Optional.of(new RiderArrived(id, order.orderId(), order.orderNumber(), order.customerId(), attempt,
				rider.firstName()));
	}

	/** Counts a wrong doorstep code; answers how many tries are left before the code locks. */
	int otpFailed(int maxAttempts) {
		otpFailures++;
		return Math.max(0, maxAttempts - otpFailures);
	}

	boolean otpLocked(int maxAttempts) {
		return otpFailures >= maxAttempts;
	}

	/** A fresh code for the same attempt, after an operator confirmed who the customer is. */
	void resetOtp() {
		otpGeneration++;
		otpFailures = 0;
	}

	DeliveryDelivered deliver(Instant now) {
		requireOnTheWay("be delivered");
		status = DELIVERED;
		outcome = new Outcome(null, null, null, null, now);
		tracking = new Tracking(tracking.lastLocation(), tracking.lastLocationAt(), null, null,
				tracking.arrivingSoonAttempt(), tracking.arrivedAttempt());
		return new DeliveryDelivered(id, order.orderId(), order.orderNumber(), order.customerId(), attempt, riderId,
				now, order.amountToCollect());
	}

	/**
	 * Ends the attempt as failed. A reattempt puts the delivery back to UNASSIGNED for the next attempt with a fresh
	 * doorstep code; a return to the hub leaves it FAILED. {@code proofFileId}, when given, has been checked with the
	 * file service to be a proof photo of this delivery.
	 */
	DeliveryFailed fail(FailureReason reason, String note, String proofFileId, int maxAttempts) {
		require(FAILABLE, "fail");
		FollowUp followUp = FollowUpPolicy.after(reason, attempt, maxAttempts);
		DeliveryFailed failed = new DeliveryFailed(id, order.orderId(), order.orderNumber(), order.customerId(),
				attempt, riderId, reason, followUp, proofFileId);
		status = FAILED;
		outcome = new Outcome(reason, note, followUp, proofFileId, null);
		if (followUp == FollowUp.REATTEMPT) {
			reopen();
		}
		return failed;
	}

	private void reopen() {
		status = UNASSIGNED;
		attempt++;
		riderId = null;
		assignedAt = null;
		otpGeneration++;
		otpFailures = 0;
		tracking = new Tracking(null, null, null, null, tracking.arrivingSoonAttempt(), tracking.arrivedAttempt());
	}

	/**
	 * Cancels a delivery whose order was cancelled while still at the hub.
	 * @return false when the rider already has the goods (or the delivery ended): the order service settles those
	 */
	boolean cancel() {
		if (status != UNASSIGNED && !RELEASABLE.contains(status)) {
			return false;
		}
		status = CANCELLED;
		return true;
	}

	/** Whether the delivery is the rider's; someone else's delivery is answered as if it did not exist. */
	boolean isHeldBy(String candidateRiderId) {
		return riderId != null && riderId.equals(candidateRiderId);
	}

	private void require(Set<DeliveryStatus> allowed, String action) {
		if (!allowed.contains(status)) {
			throw conflict(action);
		}
	}

	private ApiException conflict(String action) {
		return new ApiException(DeliveryErrorCode.DELIVERY_STATE_CONFLICT,
				"Delivery " + id + " is " + status + " and cannot " + action);
	}

	public String id() {
		return id;
	}

	public OrderDetails order() {
		return order;
	}

	public DeliveryStatus status() {
		return status;
	}

	public int attempt() {
		return attempt;
	}

	public String riderId() {
		return riderId;
	}

	public Instant assignedAt() {
		return assignedAt;
	}

	public int otpGeneration() {
		return otpGeneration;
	}

	int otpFailures() {
		return otpFailures;
	}

	public GeoPoint lastLocation() {
		return tracking.lastLocation();
	}

	public Instant lastLocationAt() {
		return tracking.lastLocationAt();
	}

	public Integer etaMinutes() {
		return tracking.etaMinutes();
	}

	/** When the rider should arrive, counted from when the last location was received. */
	public Instant etaAt() {
		return tracking.etaAt();
	}

	/** The rider's photo of the door (a file service id) when the last attempt failed with one, else null. */
	public String proofFileId() {
		return outcome.proofFileId();
	}

	Tracking tracking() {
		return tracking;
	}

	Outcome outcome() {
		return outcome;
	}

	Instant createdAt() {
		return createdAt;
	}
}
