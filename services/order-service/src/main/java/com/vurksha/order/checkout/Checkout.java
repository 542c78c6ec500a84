package com.vurksha.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.vurksha.order.OrderProperties;
import com.vurksha.order.order.DeliverySlot;
import com.vurksha.order.order.Order;
import com.vurksha.order.order.OrderView;
import com.vurksha.order.order.Orders;
import com.vurksha.order.order.PlacedOrder;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.idempotency.IdempotentRequests;

/**
 * The order saga's synchronous part, at most once per idempotency key. The key is claimed in a short transaction
 * of its own; the calls to other services ({@link Holds}) run outside any transaction, so no database connection
 * waits on them; then one short transaction prices the order (the coupon's use counted under its lock), numbers it
 * and stores it with its events and the idempotent response. If that transaction rolls back, both holds are
 * released before the failure is answered; if its commit fails without saying whether it happened, nothing is
 * released, since the order may exist, and the holds expire on their own if it does not.
 */
@Service
class Checkout {

	private static final Logger log = LoggerFactory.getLogger(Checkout.class);

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** The storing transaction has not ended (or not begun). */
	private static final int NOT_STORED = -1;

	private final Holds holds;

	private final OrderPricer pricer;

	private final Orders orders;

	private final IdempotentRequests idempotent;

	private final OrderProperties properties;

	private final Clock clock;

	Checkout(Holds holds, OrderPricer pricer, Orders orders, IdempotentRequests idempotent,
			OrderProperties properties, Clock clock) {
		this.holds = holds;
		this.pricer = pricer;
		this.orders = orders;
		this.idempotent = idempotent;
		this.properties = properties;
		this.clock = clock;
	}

	/** Places the order for the current request; call it outside any transaction. */
	ResponseEntity<?> place(String userId, String idempotencyKey, CheckoutRequest request) {
		AtomicReference<Holds.Held> taken = new AtomicReference<>();
		AtomicInteger storing = new AtomicInteger(NOT_STORED);
		try {
			return idempotent.execute(userId, idempotencyKey, request, () -> {
				taken.set(holds.take(request));
				return taken.get();
			}, held -> ResponseEntity.status(HttpStatus.CREATED)
				.body(ApiResponse.ok(store(userId, request, held, storing))));
		}
		catch (RuntimeException ex) {
			Holds.Held held = taken.get();
			if (held != null && storing.get() == TransactionSynchronization.STATUS_UNKNOWN) {
				log.warn("Order {} may or may not be stored; its holds are left to expire if it is not",
						held.orderId());
			}
			else if (held != null && storing.get() != TransactionSynchronization.STATUS_COMMITTED) {
				holds.release(held);
			}
			throw ex;
		}
	}

	private OrderView store(String userId, CheckoutRequest request, Holds.Held held, AtomicInteger storing) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				storing.set(status);
			}
		});
		Instant now = clock.instant();
		OrderPricer.Priced priced = pricer.price(userId, held.reservation().lines(), held.booking(), held.coupon(),
				now);
		SlotClient.Booking booking = held.booking();
		PlacedOrder placed = new PlacedOrder(held.orderId(),
				orders.nextNumber(LocalDate.ofInstant(now, INDIA).format(DAY)), userId, request.paymentMethod(),
				priced.totals(), (held.coupon() != null) ? held.coupon().code() : null, request.notes(),
				new DeliverySlot(booking.slotId(), booking.start(), booking.end(), booking.zoneId()), held.address(),
				held.orderId(), held.orderId(), now, priced.lines());
		Order order = Order.place(placed, held.cartVersion(), properties.paymentTimeout());
		orders.insert(order);
		return OrderView.of(order, orders.timeline(held.orderId()));
	}
}
