package com.vurksha.order.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.OrderProperties;
import com.vurksha.platform.http.ServiceClients;

/** Reserves and releases stock in the product service; the reservation id is the order id. */
@Component
class StockClient {

	private static final Logger log = LoggerFactory.getLogger(StockClient.class);

	private final RestClient http;

	StockClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("product", properties.services().product());
	}

	/** Reserves all lines or none; answers with the authoritative prices and snapshots of each line. */
	Reservation reserve(String reservationId, List<CartClient.CartItem> items, Duration ttl) {
		List<RequestedLine> lines = items.stream()
			.map(item -> new RequestedLine(item.variantId(), item.quantity()))
			.toList();
		try {
			return http.post()
				.uri("/internal/v1/stock/reservations")
				.body(new ReservationRequest(reservationId, lines, ttl.toSeconds()))
				.retrieve()
				.body(new ParameterizedTypeReference<Envelope<Reservation>>() {
				})
				.data();
		}
		catch (HttpClientErrorException ex) {
			throw Refusals.of(ex, OrderErrorCode.PRODUCT_UNAVAILABLE, OrderErrorCode.INSUFFICIENT_STOCK);
		}
	}

	/** Best effort: a reservation left behind is released by the product service when it expires. */
	void releaseQuietly(String reservationId) {
		try {
			http.post().uri("/internal/v1/stock/reservations/{id}/release", reservationId).retrieve().toBodilessEntity();
		}
		catch (RuntimeException ex) {
			log.warn("Could not release stock reservation {}; it expires on its own: {}", reservationId,
					ex.getMessage());
		}
	}

	/** What the product service is asked to reserve, all or nothing. */
	record ReservationRequest(String reservationId, List<RequestedLine> lines, long ttlSeconds) {
	}

	/** A variant and how many of it to reserve. */
	record RequestedLine(String variantId, int quantity) {
	}

	/** Reserved stock with the lines as the product service knows them now. */
	record Reservation(String reservationId, String status, Instant expiresAt, List<ReservedLine> lines) {
	}

	/** A reserved line: authoritative price and tax class, and what the order line snapshots. */
	record ReservedLine(String variantId, String productId, String productName, String productNameHi,
			String variantLabel, String unit, Integer unitValue, String farmId, String farmName, long price, Long mrp,
			int gstRateBp, String hsnCode, int quantity) {
	}
}
