package com.vurksha.order.checkout;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.order.OrderProperties;
import com.vurksha.order.order.AddressSnapshot;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.http.ServiceClients;

/** Reads one of the caller's own addresses from the user service; someone else's is not found. */
@Component
class AddressClient {

	private final RestClient http;

	AddressClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("user", properties.services().user());
	}

	AddressSnapshot get(String addressId) {
		try {
			Envelope<AddressSnapshot> address = http.get()
				.uri("/api/v1/users/me/addresses/{id}", addressId)
				.retrieve()
				.body(new ParameterizedTypeReference<Envelope<AddressSnapshot>>() {
				});
			if (address == null || address.data() == null) {
				throw notFound();
			}
			return address.data();
		}
		catch (HttpClientErrorException.NotFound ex) {
			throw notFound();
		}
	}

	private static ApiException notFound() {
		return new ApiException(OrderErrorCode.ADDRESS_NOT_FOUND, "No such address among yours");
	}
}
