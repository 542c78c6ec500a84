package com.vurksha.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.OrderProperties;
import com.vurksha.order.coupon.Coupons;
import com.vurksha.order.order.AddressSnapshot;
import com.vurksha.order.order.DeliverySlot;
import com.vurksha.order.order.Order;
import com.vurksha.order.order.OrderView;
import com.vurksha.order.order.Orders;
import com.vurksha.order.order.PlacedOrder;
import com.vurksha.order.pricing.Coupon;
import com.vurksha.platform.error.ApiException;

/**
 * The order saga's synchronous part: read the cart and the address, hold the slot, reserve the stock, price on the
 * server and store the order with its events. A failure after the slot or the stock was asked for releases both
 * before it is answered, and the order is not stored (the caller's transaction rolls back).
 */
@Service
class Checkout {

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final CartClient cart;

	private final AddressClient addresses;

	private final SlotClient slots;

	private final StockClient stock;

	private final Coupons coupons;

	private final OrderPricer pricer;

	private final Orders orders;

	private final OrderProperties properties;

	private final Clock clock;

	Checkout(CartClient cart, AddressClient addresses, SlotClient slots, StockClient stock, Coupons coupons,
			OrderPricer pricer, Orders orders, OrderProperties properties, Clock clock) {
		this.cart = cart;
		this.addresses = addresses;
		this.slots = slots;
		this.stock = stock;
		this.coupons = coupons;
		this.pricer = pricer;
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	/** Places the order; must run inside the transaction that stores it. */
	OrderView place(String userId, CheckoutRequest request) {
		CartClient.Cart cartRead = cart.cart();
		List<CartClient.CartItem> items = cartRead.items();
		if (items.isEmpty()) {
			throw new ApiException(OrderErrorCode.CART_EMPTY, "Your cart is empty");
		}
		AddressSnapshot address = addresses.get(request.addressId());
		Coupon coupon = (request.couponCode() == null || request.couponCode().isBlank()) ? null
				: coupons.find(request.couponCode())
					.orElseThrow(() -> new ApiException(OrderErrorCode.COUPON_NOT_FOUND, "No such coupon"));
		String orderId = UUID.randomUUID().toString();
		Compensation compensation = new Compensation(orderId);
		try {
			compensation.slotAsked = true;
			SlotClient.Booking booking = refusedMeansNothingHeld(
					() -> slots.book(orderId, request.deliverySlotId(), address.pincode()),
					() -> compensation.slotAsked = false);
			compensation.stockAsked = true;
			StockClient.Reservation reservation = refusedMeansNothingHeld(
					() -> stock.reserve(orderId, items, properties.reservationTtl()),
					() -> compensation.stockAsked = false);
			Instant now = clock.instant();
			OrderPricer.Priced priced = pricer.price(userId, reservation.lines(), booking, coupon, now);
			PlacedOrder placed = new PlacedOrder(orderId, orders.nextNumber(LocalDate.ofInstant(now, INDIA).format(DAY)),
					userId, request.paymentMethod(), priced.totals(), (coupon != null) ? coupon.code() : null,
					request.notes(), new DeliverySlot(booking.slotId(), booking.start(), booking.end(), booking.zoneId()),
					address, orderId, orderId, now, priced.lines());
			Order order = Order.place(placed, cartRead.version(), properties.paymentTimeout());
			orders.insert(order);
			return OrderView.of(order, orders.timeline(orderId));
		}
		catch (RuntimeException ex) {
			compensation.run();
			throw ex;
		}
	}

	/**
	 * Runs a hold; a 4xx refusal is the other service's definite answer that nothing was held, so {@code nothingHeld}
	 * runs before the refusal goes on. A 5xx or a timeout leaves it open whether the hold happened.
	 */
	private static <T> T refusedMeansNothingHeld(Supplier<T> hold, Runnable nothingHeld) {
		try {
			return hold.get();
		}
		catch (ApiException ex) {
			if (ex.code().status() < 500) {
				nothingHeld.run();
			}
			throw ex;
		}
	}

	/** What to undo when checkout fails: whatever was asked for, since a timed-out request may have succeeded. */
	private final class Compensation {

		private final String orderId;

		private boolean slotAsked;

		private boolean stockAsked;

		Compensation(String orderId) {
			this.orderId = orderId;
		}

		void run() {
			if (stockAsked) {
				stock.releaseQuietly(orderId);
			}
			if (slotAsked) {
				slots.releaseQuietly(orderId);
			}
		}
	}
}
