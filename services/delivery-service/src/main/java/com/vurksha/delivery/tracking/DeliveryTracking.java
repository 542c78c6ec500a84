package com.vurksha.delivery.tracking;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.delivery.DeliveryErrorCode;
import com.vurksha.delivery.fulfilment.Deliveries;
import com.vurksha.delivery.fulfilment.Delivery;
import com.vurksha.delivery.fulfilment.DeliveryChanged;
import com.vurksha.delivery.fulfilment.DeliveryOtp;
import com.vurksha.delivery.rider.Rider;
import com.vurksha.delivery.rider.Riders;
import com.vurksha.platform.cache.CacheAside;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;

/**
 * Builds the tracking view, cached per order for {@value #TTL_SECONDS} s. A status change evicts it (after commit);
 * a location ping does not, so the location may be up to that old, which is the accepted price of not reading the
 * database for every poll of the app. The doorstep code is added after the cache and never reaches Redis.
 */
@Service
class DeliveryTracking {

	static final String CACHE = "delivery-tracking";

	static final long TTL_SECONDS = 30;

	private final Deliveries deliveries;

	private final Riders riders;

	private final DeliveryOtp otp;

	private final CacheAside cache;

	DeliveryTracking(Deliveries deliveries, Riders riders, DeliveryOtp otp, CacheAside cache) {
		this.deliveries = deliveries;
		this.riders = riders;
		this.otp = otp;
		this.cache = cache;
	}

	/** The view for the order's customer or an operator; anyone else is answered as if there were no delivery. */
	@Transactional(readOnly = true)
	TrackingView byOrder(String orderId, CurrentUser caller) {
		TrackingView view = cache.get(CACHE, orderId, Duration.ofSeconds(TTL_SECONDS), TrackingView.class,
				() -> deliveries.findByOrder(orderId).map(this::view).orElse(null));
		if (view == null || !(caller.isAdmin() || caller.id().equals(view.userId()))) {
			throw new ApiException(DeliveryErrorCode.DELIVERY_NOT_FOUND, "No delivery for order " + orderId);
		}
		if (!view.status().isOnTheWay()) {
			return view;
		}
		return deliveries.findByOrder(orderId).map(delivery -> view.withOtp(otp.of(delivery))).orElse(view);
	}

	@EventListener
	void onChange(DeliveryChanged changed) {
		cache.evict(CACHE, changed.orderId());
	}

	private TrackingView view(Delivery delivery) {
		String firstName = (delivery.riderId() != null)
				? riders.find(delivery.riderId()).map(Rider::firstName).orElse(null) : null;
		TrackingView.LastLocation last = (delivery.lastLocation() != null) ? new TrackingView.LastLocation(
				delivery.lastLocation().latitude(), delivery.lastLocation().longitude(), delivery.lastLocationAt())
				: null;
		Integer eta = delivery.status().isOnTheWay() ? delivery.etaMinutes() : null;
		return new TrackingView(delivery.id(), delivery.order().orderId(), delivery.order().customerId(),
				delivery.status(), delivery.attempt(), firstName, last, eta,
				(eta != null && last != null) ? delivery.etaAt() : null, null, delivery.proofFileId());
	}
}
