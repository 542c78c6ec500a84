package com.vurksha.order.support;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api;
import tools.jackson.databind.json.JsonMapper;

/** The shared HTTP test client plus the order service's own shortcut for placing an order. */
public final class OrderApi extends Api {

	public OrderApi(TestRestTemplate rest, JsonMapper json) {
		super(rest, json);
	}

	/** Places an order under the given idempotency key. */
	public Reply placeOrder(String token, String idempotencyKey, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Idempotency-Key", idempotencyKey);
		return send(HttpMethod.POST, "/api/v1/orders", token, body, headers);
	}
}
