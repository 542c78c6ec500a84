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

	private final PlacedOrder placed;

	private OrderStatus status;

	private PaymentStatus paymentStatus;

	private long amountPaid;

	private long amountRefunded;

	private Instant expiresAt;

	private final int version;

	private final List<Raised> raised = new ArrayList<>();

	Order(PlacedOrder placed, OrderStatus status, PaymentStatus paymentStatus, long amountPaid, long amountRefunded,
			Instant expiresAt, int version) {
		this.placed = placed;
		this.status = status;
		this.paymentStatus = paymentStatus;
		this.amountPaid = amountPaid;
		this.amountRefunded = amountRefunded;
		this.expiresAt = expiresAt;
		this.version = version;
	}

	/** A new order: COD is confirmed at once; ONLINE waits for its payment until {@code paymentTimeout} passes. */
	public static Order place(PlacedOrder placed, Duration paymentTimeout) {
		boolean cod = placed.paymentMethod() == PaymentMethod.COD;
		Order order = new Order(placed, cod ? OrderStatus.CONFIRMED : OrderStatus.PENDING_PAYMENT,
				cod ? PaymentStatus.PENDING_COLLECTION : PaymentStatus.PENDING, 0, 0,
				cod ? null : placed.placedAt().plus(paymentTimeout), -1);
		order.raise(placed.userId(), new OrderPlaced(placed.id(), placed.number(), placed.userId(), order.status,
				placed.paymentMethod(), placed.totals().total(),
				placed.lines().stream().map(line -> new OrderPlaced.Line(line.variantId(), line.quantity())).toList(),
				placed.slot().id(), placed.bookingId(), placed.reservationId()));
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
			moveTo(OrderStatus.CONFIRMED, SYSTEM);
		}
	}

	public void paymentFailed(String paymentId, String reason) {
		raise(SYSTEM, new PaymentFailed(id(), paymentId, reason));
	}

	public void refundProcessed(String refundId, long amount) {
		amountRefunded = Math.addExact(amountRefunded, amount);
		paymentStatus = (amountRefunded >= amountPaid) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
		raise(SYSTEM, new RefundProcessed(id(), refundId, amount));
	}

	/** Cancels the order, allowed until it is packed; a paid order is to be refunded. */
	public void cancel(String reason, String actor) {
		OrderStatus previous = guard(OrderStatus.CANCELLED);
		boolean paid = paymentStatus == PaymentStatus.CAPTURED;
		paymentStatus = paid ? PaymentStatus.REFUND_PENDING : PaymentStatus.VOID;
		status = OrderStatus.CANCELLED;
		expiresAt = null;
		raise(actor, new OrderCancelled(id(), userId(), reason, previous, paid, amountPaid, placed.reservationId(),
				placed.bookingId()));
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

	/** An operator's move along the state machine; CANCELLED and CONFIRMED have their usual consequences. */
	public void moveTo(OrderStatus target, String actor) {
		if (target == OrderStatus.CANCELLED) {
			cancel("CANCELLED_BY_OPERATOR", actor);
			return;
		}
		OrderStatus previous = guard(target);
		status = target;
		if (target == OrderStatus.CONFIRMED) {
			expiresAt = null;
			raise(actor, confirmed());
		}
		raise(actor, new OrderStatusChanged(id(), userId(), previous, target));
	}

	private OrderStatus guard(OrderStatus target) {
		if (!status.canMoveTo(target)) {
			throw new ApiException(OrderErrorCode.ILLEGAL_TRANSITION,
					"The order is " + status + " and cannot become " + target);
		}
		return status;
	}

	private OrderConfirmed confirmed() {
		return new OrderConfirmed(id(), userId(), placed.reservationId(), placed.bookingId());
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

	int version() {
		return version;
	}

	/** An event with who caused it. */
	record Raised(OrderEvent event, String actor) {
	}
}
