package com.vurksha.payment.order;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.vurksha.platform.http.ServiceClients;

/**
 * Reads orders from the order service with the payment service's own token and the customer's token as context, so
 * the order service itself answers 404 for an order that is not theirs. Its outages surface as the platform's retryable 503/504.
 */
@Component
public class Orders {

	private final RestClient client;

	Orders(ServiceClients clients, ServiceUrls urls) {
		this.client = clients.create("order-service", urls.orderServiceUrl());
	}

	public Optional<OrderToPay> find(String orderId) {
		try {
			return Optional.ofNullable(client.get()
				.uri("/internal/v1/orders/{id}", orderId)
				.retrieve()
				.body(Envelope.class)).map(Envelope::data);
		}
		catch (HttpClientErrorException ex) {
			// A malformed id, someone else's order and a missing one all mean: no order of yours to pay.
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)
					|| ex.getStatusCode().isSameCodeAs(HttpStatus.BAD_REQUEST)
					|| ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Our services answer inside the platform envelope. */
	record Envelope(OrderToPay data) {
	}
}
