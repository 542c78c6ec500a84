package com.vurksha.order.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.vurksha.order.OrderProperties;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.http.ServiceClients;

/**
 * Reads an order's delivery from the delivery service through the shared {@code delivery} client (its timeouts,
 * retries and circuit breaker, configured under {@code vurksha.clients.delivery}). Tracking is a nice-to-have on
 * top of the order, so every failure of the delivery service becomes {@link DeliveryLookup.noAnswer()} instead
 * of an error for the customer.
 */
@Component
class DeliveryClient {

	private static final Logger log = LoggerFactory.getLogger(DeliveryClient.class);

	private final RestClient http;

	DeliveryClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("delivery", properties.services().delivery());
	}

	DeliveryLookup byOrder(String orderId) {
		try {
			Envelope body = http.get()
				.uri("/internal/v1/deliveries/by-order/{orderId}", orderId)
				.retrieve()
				.body(Envelope.class);
			return (body == null || body.data() == null) ? DeliveryLookup.none() : DeliveryLookup.found(body.data());
		}
		catch (HttpClientErrorException.NotFound ex) {
			return DeliveryLookup.none();
		}
		catch (ApiException | RestClientException ex) {
			log.warn("Delivery of order {} could not be read: {}", orderId, ex.getMessage());
			return DeliveryLookup.noAnswer();
		}
	}

	/** The success envelope of the delivery service; only its data is read. */
	record Envelope(DeliveryView data) {
	}
}
