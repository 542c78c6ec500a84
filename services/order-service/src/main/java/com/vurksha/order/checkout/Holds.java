package com.vurksha.order.checkout;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.OrderProperties;
import com.vurksha.order.coupon.Coupons;
import com.vurksha.order.order.AddressSnapshot;
import com.vurksha.order.pricing.Coupon;
import com.vurksha.platform.error.ApiException;

/**
 * Checkout's calls to other services, made before any transaction opens: the cart and the address are read at
 * once (the coupon, a short read of our own database, meanwhile), then the slot is booked and the stock reserved
 * at once. Both holds use the new order's id. When either hold fails, whatever may be held is released before the
 * failure goes on: a hold that succeeded, and one that failed without a definite refusal (a 5xx or a timeout may
 * have held it); a 4xx is the other service's word that it held nothing.
 */
@Component
class Holds {

	private final CartClient cart;

	private final AddressClient addresses;

	private final SlotClient slots;

	private final StockClient stock;

	private final Coupons coupons;

	private final ParallelCalls parallel;

	private final OrderProperties properties;

	Holds(CartClient cart, AddressClient addresses, SlotClient slots, StockClient stock, Coupons coupons,
			ParallelCalls parallel, OrderProperties properties) {
		this.cart = cart;
		this.addresses = addresses;
		this.slots = slots;
		this.stock = stock;
		this.coupons = coupons;
		this.parallel = parallel;
		this.properties = properties;
	}

	/** Reads what the order needs and holds its slot and stock; on any failure nothing stays held. */
	Held take(CheckoutRequest request) {
		ParallelCalls.Both<CartClient.Cart, Destination> read = parallel.both(cart::cart,
				() -> new Destination(addresses.get(request.addressId()), coupon(request)));
		read.first().throwIfFailed();
		CartClient.Cart items = read.first().value();
		if (items.items().isEmpty()) {
			throw new ApiException(OrderErrorCode.CART_EMPTY, "Your cart is empty");
		}
		read.second().throwIfFailed();
		Destination destination = read.second().value();
		String orderId = UUID.randomUUID().toString();
		ParallelCalls.Both<SlotClient.Booking, StockClient.Reservation> held = parallel.both(
				() -> slots.book(orderId, request.deliverySlotId(), destination.address().pincode()),
				() -> stock.reserve(orderId, items.items(), properties.reservationTtl()));
		if (held.first().failed() || held.second().failed()) {
			release(orderId, mayHold(held.first()), mayHold(held.second()));
			held.throwAnyFailure();
		}
		return new Held(orderId, items.version(), destination.address(), destination.coupon(), held.first().value(),
				held.second().value());
	}

	/** Releases both holds of a checkout that could not store its order; best effort, both at once. */
	void release(Held held) {
		release(held.orderId(), true, true);
	}

	private void release(String orderId, boolean slot, boolean reservation) {
		parallel.both(() -> {
			if (slot) {
				slots.releaseQuietly(orderId);
			}
			return null;
		}, () -> {
			if (reservation) {
				stock.releaseQuietly(orderId);
			}
			return null;
		});
	}

	private Coupon coupon(CheckoutRequest request) {
		if (request.couponCode() == null || request.couponCode().isBlank()) {
			return null;
		}
		return coupons.find(request.couponCode())
			.orElseThrow(() -> new ApiException(OrderErrorCode.COUPON_NOT_FOUND, "No such coupon"));
	}

	/** Whether a hold may have been made: it succeeded, or failed other than by a definite refusal. */
	private static boolean mayHold(ParallelCalls.Outcome<?> hold) {
		return !hold.failed() || !(hold.failure() instanceof ApiException refusal) || refusal.code().status() >= 500;
	}

	/** Where the order goes, and the coupon it asks for (or {@code null}). */
	private record Destination(AddressSnapshot address, Coupon coupon) {
	}

	/** What checkout holds for an order it is about to store. */
	record Held(String orderId, long cartVersion, AddressSnapshot address, Coupon coupon, SlotClient.Booking booking,
			StockClient.Reservation reservation) {
	}
}
