package com.vurksha.files.upload;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.vurksha.files.FilesProperties;
import com.vurksha.platform.http.ServiceClients;

/**
 * Asks the delivery service who a delivery belongs to (its customer) and who carries it (its rider), with this
 * service's own token (scope {@code deliveries:read}), through the shared {@code delivery} client (timeouts,
 * retries and breaker under {@code vurksha.clients.delivery}). A delivery service that does not answer is a
 * retryable 503 for the rider, who can try the upload again.
 */
@Component
class DeliveryDirectory {

	private final RestClient http;

	DeliveryDirectory(ServiceClients clients, FilesProperties properties) {
		this.http = clients.create("delivery", properties.services().delivery());
	}

	Optional<Delivery> find(String deliveryId) {
		try {
			Envelope body = http.get()
				.uri("/internal/v1/deliveries/{deliveryId}", deliveryId)
				.retrieve()
				.body(Envelope.class);
			return Optional.ofNullable(body).map(Envelope::data);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
	}

	/**
	 * What the file service needs of a delivery.
	 *
	 * @param userId the customer
	 * @param riderUserId the user id of the rider it is assigned to, or null
	 */
	record Delivery(String deliveryId, String orderId, String userId, String riderUserId, String status) {
	}

	/** The success envelope of the delivery service; only its data is read. */
	record Envelope(Delivery data) {
	}
}
