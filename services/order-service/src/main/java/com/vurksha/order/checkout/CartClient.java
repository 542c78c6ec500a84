package com.vurksha.order.checkout;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.vurksha.order.OrderProperties;
import com.vurksha.platform.http.ServiceClients;

/** Reads the caller's cart from the cart service with the caller's token. */
@Component
class CartClient {

	private final RestClient http;

	CartClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("cart", properties.services().cart());
	}

	List<CartItem> items() {
		Envelope<Cart> cart = http.get()
			.uri("/api/v1/cart")
			.retrieve()
			.body(new ParameterizedTypeReference<Envelope<Cart>>() {
			});
		return (cart == null || cart.data() == null || cart.data().items() == null) ? List.of() : cart.data().items();
	}

	/** The part of the cart checkout reads. */
	record Cart(List<CartItem> items) {
	}

	/** A variant and how many of it the customer wants. */
	record CartItem(String variantId, int quantity) {
	}
}
