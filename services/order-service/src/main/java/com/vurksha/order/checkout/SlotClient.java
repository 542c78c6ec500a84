package com.vurksha.order.checkout;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.OrderProperties;
import com.vurksha.platform.http.ServiceClients;

/** Holds and releases delivery slots in the delivery service; the booking id is the order id. */
@Component
class SlotClient {

	private static final Logger log = LoggerFactory.getLogger(SlotClient.class);

	private final RestClient http;

	SlotClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("delivery", properties.services().delivery());
	}

	Booking book(String bookingId, String slotId, String pincode) {
		try {
			return http.post()
				.uri("/internal/v1/slot-bookings")
				.body(new BookingRequest(bookingId, slotId, pincode))
				.retrieve()
				.body(new ParameterizedTypeReference<Envelope<Booking>>() {
				})
				.data();
		}
		catch (HttpClientErrorException ex) {
			throw Refusals.of(ex, OrderErrorCode.SLOT_UNAVAILABLE, OrderErrorCode.SLOT_NOT_FOUND, OrderErrorCode.SLOT_FULL,
					OrderErrorCode.SLOT_CLOSED, OrderErrorCode.SLOT_NOT_IN_ZONE);
		}
	}

	/** Best effort: a booking left behind expires in the delivery service after its hold time. */
	void releaseQuietly(String bookingId) {
		try {
			http.post().uri("/internal/v1/slot-bookings/{id}/release", bookingId).retrieve().toBodilessEntity();
		}
		catch (RuntimeException ex) {
			log.warn("Could not release slot booking {}; it expires on its own: {}", bookingId, ex.getMessage());
		}
	}

	/** What the delivery service is asked to hold. */
	record BookingRequest(String bookingId, String slotId, String pincode) {
	}

	/** A held slot with the terms of its zone. */
	record Booking(String bookingId, String slotId, Instant start, Instant end, String zoneId, long deliveryFee,
			long freeDeliveryThreshold, long minimumOrderValue, String status) {
	}
}
