package com.vurksha.order.checkout;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.vurksha.order.OrderProperties;
import com.vurksha.platform.http.ServiceClients;

/**
 * Reads the caller's cart from the cart service with the order service's token, the caller as context: the lines
 * unpriced (the stock reservation prices them) and the cart version, which the order names so that only these lines
 * leave the cart.
 */
@Component
class CartClient {

	private final RestClient http;

	CartClient(ServiceClients clients, OrderProperties properties) {
		this.http = clients.create("cart", properties.services().cart());
	}

	Cart cart() {
		Envelope<Cart> cart = http.get()
			.uri("/internal/v1/cart")
			.retrieve()
			.body(new ParameterizedTypeReference<Envelope<Cart>>() {
			});
		return (cart == null || cart.data() == null) ? new Cart(0, List.of()) : cart.data();
	}

	/** The cart as checkout orders it. */
	record Cart(long version, List<CartItem> items) {

		Cart {
			items = (items == null) ? List.of() : List.copyOf(items);
		}
	}

	/** A variant and how many of it the customer wants. */
	record CartItem(String variantId, int quantity) {
	}
}
