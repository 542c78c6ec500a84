package com.vurksha.order.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.platform.error.ApiException;

/**
 * An order. Its status and payment status change only through the guarded methods here, which refuse an illegal
 * move with {@code ILLEGAL_TRANSITION} naming the current status and raise past-tense {@link OrderEvent}s that
 * the store writes to the timeline and the outbox with the change.
 */
public final class Order {

	/** Who acts when no person does: the payment timeout job and payment events. */
	public static final String SYSTEM = "system";

	/** Who acts for the delivery service's events: picked up, delivered, failed. */
	public static final String DELIVERY = "delivery";

	private final PlacedOrder placed;

	private OrderStatus status;

	private PaymentStatus paymentStatus;

	private long amountPaid;

	private long amountRefunded;

	private Instant expiresAt;

	private int failedDeliveryAttempt;

	private final int version;

	private final List<Raised> raised = new ArrayList<>();

	Order(PlacedOrder placed, OrderStatus status, PaymentStatus paymentStatus, long amountPaid, long amountRefunded,
			Instant expiresAt, int failedDeliveryAttempt, int version) {
		this.placed = placed;
		this.status = status;
		this.paymentStatus = paymentStatus;
		this.amountPaid = amountPaid;
		this.amountRefunded = amountRefunded;
		this.expiresAt = expiresAt;
		this.failedDeliveryAttempt = failedDeliveryAttempt;
		this.version = version;
	}

	/**
	 * A new order: COD is confirmed at once; ONLINE waits for its payment until {@code paymentTimeout} passes.
	 *
	 * @param cartVersion the version of the cart the order was placed from, named in {@link OrderPlaced} so that
	 * the cart service takes exactly those lines out of the cart
	 */
	public static Order place(PlacedOrder placed, long cartVersion, Duration paymentTimeout) {
		boolean cod = placed.paymentMethod() == PaymentMethod.COD;
		Order order = new Order(placed, cod ? OrderStatus.CONFIRMED : OrderStatus.PENDING_PAYMENT,
				cod ? PaymentStatus.PENDING_COLLECTION : PaymentStatus.PENDING, 0, 0,
				cod ? null : placed.placedAt().plus(paymentTimeout), 0, -1);
		order.raise(placed.userId(), new OrderPlaced(placed.id(), placed.number(), placed.userId(), order.status,
				placed.paymentMethod(), placed.totals().total(),
				placed.lines().stream().map(line -> new OrderPlaced.Line(line.variantId(), line.quantity())).toList(),
				placed.slot().id(), placed.bookingId(), placed.reservationId(), cartVersion));
		if (cod) {
			order.raise(placed.userId(), order.confirmed());
		}
		return order;
	}

	/**
	 * A payment was captured. A pending order is confirmed; a cancelled one asks for a refund; an order already
	 * paid ignores a repeat of the same news.
	 */
	public void paymentCaptured(String paymentId, long amount) {
		if (paymentStatus == PaymentStatus.CAPTURED || paymentStatus == PaymentStatus.REFUND_PENDING
				|| paymentStatus == PaymentStatus.REFUNDED || paymentStatus == PaymentStatus.PARTIALLY_REFUNDED) {
			return;
		}
		raise(SYSTEM, new PaymentCaptured(id(), paymentId, amount));
		amountPaid = amount;
		if (status == OrderStatus.CANCELLED) {
			paymentStatus = PaymentStatus.REFUND_PENDING;
			raise(SYSTEM, new RefundRequested(id(), paymentId, amount, "ORDER_CANCELLED"));
			return;
		}
		paymentStatus = PaymentStatus.CAPTURED;
		if (status == OrderStatus.PENDING_PAYMENT) {
			confirm(SYSTEM);
		}
	}

	public void paymentFailed(String paymentId, String reason) {
		raise(SYSTEM, new PaymentFailed(id(), placed.number(), userId(), paymentId, reason));
	}

	public void refundProcessed(String refundId, long amount) {
		amountRefunded = Math.addExact(amountRefunded, amount);
		paymentStatus = (amountRefunded >= amountPaid) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
		raise(SYSTEM, new RefundProcessed(id(), placed.number(), userId(), refundId, amount));
	}

	/** A customer (or the payment timeout) cancels the order, allowed until it is packed. */
	public void cancel(String reason, String actor) {
		guardManual(OrderStatus.CANCELLED);
		cancelNow(reason, actor);
	}

	/** Cancels along the state machine; a paid order is to be refunded through {@code order.order.cancelled}. */
	private void cancelNow(String reason, String actor) {
		OrderStatus previous = guard(OrderStatus.CANCELLED);
		boolean paid = paymentStatus == PaymentStatus.CAPTURED;
		paymentStatus = paid ? PaymentStatus.REFUND_PENDING : PaymentStatus.VOID;
		status = OrderStatus.CANCELLED;
		expiresAt = null;
		raise(actor, new OrderCancelled(id(), placed.number(), userId(), reason, previous, paid, amountPaid,
				placed.reservationId(), placed.bookingId()));
		raise(actor, new OrderStatusChanged(id(), userId(), previous, status));
	}

	/** Cancels an unpaid ONLINE order whose payment time is up at {@code now}; returns whether it did. */
	public boolean expireIfUnpaid(Instant now) {
		if (status != OrderStatus.PENDING_PAYMENT || expiresAt == null || now.isBefore(expiresAt)) {
			return false;
		}
		cancel("PAYMENT_TIMEOUT", SYSTEM);
		return true;
	}

	/**
	 * An operator's move, at {@code now}, with the consequences the target has whoever causes it. The ways back
	 * from OUT_FOR_DELIVERY are refused: they belong to the delivery service's events.
	 */
	public void moveTo(OrderStatus target, String actor, Instant now) {
		guardManual(target);
		switch (target) {
			case CANCELLED -> cancelNow("CANCELLED_BY_OPERATOR", actor);
			case CONFIRMED -> confirm(actor);
			case PACKED -> pack(actor);
			case DELIVERED -> deliver(now, actor);
			default -> advance(target, actor);
		}
	}

	/**
	 * The rider picked the order up on delivery attempt {@code attempt}. Returns false, changing nothing, for news
	 * that is stale or repeated: the order is not PACKED, or that attempt already failed.
	 */
	public boolean pickedUp(int attempt) {
		if (isStaleDelivery(attempt) || status != OrderStatus.PACKED) {
			return false;
		}
		advance(OrderStatus.OUT_FOR_DELIVERY, DELIVERY);
		return true;
	}

	/**
	 * The rider handed the order over at {@code deliveredAt}. An order still PACKED (the pick-up's news has not
	 * arrived yet) goes out for delivery first, so the timeline shows both. Returns false for stale news.
	 */
	public boolean delivered(int attempt, Instant deliveredAt) {
		if (!catchUpWithDelivery(attempt)) {
			return false;
		}
		deliver(deliveredAt, DELIVERY);
		return true;
	}

	/**
	 * Delivery attempt {@code attempt} failed. For a reattempt the order goes back to PACKED without a new
	 * {@code order.order.packed}, as the delivery service sends it out again itself; after a return to the hub it
	 * is cancelled, and refunded if paid. Returns false for stale news.
	 */
	public boolean deliveryFailed(int attempt, String reason, DeliveryFollowUp followUp) {
		if (!catchUpWithDelivery(attempt)) {
			return false;
		}
		failedDeliveryAttempt = attempt;
		raise(DELIVERY, new DeliveryFailed(id(), attempt, reason, followUp));
		if (followUp == DeliveryFollowUp.REATTEMPT) {
			advance(OrderStatus.PACKED, DELIVERY);
		}
		else {
			cancelNow("Delivery failed: " + reason, DELIVERY);
		}
		return true;
	}

	/** Brings a PACKED order out for delivery when news of attempt's end arrives first; false when stale. */
	private boolean catchUpWithDelivery(int attempt) {
		if (isStaleDelivery(attempt)) {
			return false;
		}
		return pickedUp(attempt) || status == OrderStatus.OUT_FOR_DELIVERY;
	}

	/** News of an attempt that already failed cannot be about the order as it is now. */
	private boolean isStaleDelivery(int attempt) {
		return attempt <= failedDeliveryAttempt;
	}

	private void confirm(String actor) {
		OrderStatus previous = guard(OrderStatus.CONFIRMED);
		status = OrderStatus.CONFIRMED;
		expiresAt = null;
		raise(actor, confirmed());
		raise(actor, new OrderStatusChanged(id(), userId(), previous, status));
	}

	private OrderConfirmed confirmed() {
		return new OrderConfirmed(id(), placed.number(), userId(), placed.reservationId(), placed.bookingId(),
				placed.totals().total(), placed.paymentMethod());
	}

	/** The operator's packing, the only move that publishes {@code order.order.packed}. */
	private void pack(String actor) {
		OrderStatus previous = guard(OrderStatus.PACKED);
		status = OrderStatus.PACKED;
		raise(actor, OrderPacked.of(placed));
		raise(actor, new OrderStatusChanged(id(), userId(), previous, status));
	}

	private void deliver(Instant deliveredAt, String actor) {
		OrderStatus previous = guard(OrderStatus.DELIVERED);
		status = OrderStatus.DELIVERED;
		raise(actor, OrderDelivered.of(placed, deliveredAt));
		raise(actor, new OrderStatusChanged(id(), userId(), previous, status));
	}

	/** A move whose only consequence is the status change itself. */
	private void advance(OrderStatus target, String actor) {
		OrderStatus previous = guard(target);
		status = target;
		raise(actor, new OrderStatusChanged(id(), userId(), previous, target));
	}

	private void guardManual(OrderStatus target) {
		if (!status.allowsManualMoveTo(target)) {
			throw illegal(target);
		}
	}

	private OrderStatus guard(OrderStatus target) {
		if (!status.canMoveTo(target)) {
			throw illegal(target);
		}
		return status;
	}

	private ApiException illegal(OrderStatus target) {
		return new ApiException(OrderErrorCode.ILLEGAL_TRANSITION,
				"The order is " + status + " and cannot become " + target);
	}

	private void raise(String actor, OrderEvent event) {
		raised.add(new Raised(event, actor));
	}

	/** The events raised since the order was loaded or placed, oldest first, and clears them. */
	List<Raised> drainEvents() {
		List<Raised> events = List.copyOf(raised);
		raised.clear();
		return events;
	}

	/** The events raised and not yet stored, oldest first. */
	public List<OrderEvent> pendingEvents() {
		return raised.stream().map(Raised::event).toList();
	}

	public String id() {
		return placed.id();
	}

	public String userId() {
		return placed.userId();
	}

	public PlacedOrder placed() {
		return placed;
	}

	public OrderStatus status() {
		return status;
	}

	public PaymentStatus paymentStatus() {
		return paymentStatus;
	}

	public long amountPaid() {
		return amountPaid;
	}

	public long amountRefunded() {
		return amountRefunded;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	/** The latest delivery attempt that failed, 0 for none; news of it or of earlier attempts is stale. */
	public int failedDeliveryAttempt() {
		return failedDeliveryAttempt;
	}

	int version() {
		return version;
	}

	/** An event with who caused it. */
	record Raised(OrderEvent event, String actor) {
	}
}
