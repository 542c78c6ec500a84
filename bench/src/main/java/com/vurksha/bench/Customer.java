package com.vurksha.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A signed-in bench customer with the address its orders go to. Each has its own cart, so refusals come from the
 * business (stock, slot capacity) rather than from threads sharing a cart.
 *
 * @param pincode where the address is; customers are spread over the demo zones' pincodes 560001-560110
 */
record Customer(String phone, String token, String addressId, String pincode) {

	/** The local profile's fixed code for test numbers. */
	static final String TEST_CODE = "123456";

	private static final String LABEL = "Bench";

	/** A pin near the central hub; slots are chosen by pincode, the pin only places the doorstep on the map. */
	static final double LATITUDE = 12.9756;

	static final double LONGITUDE = 77.6050;

	/** The bench customers +919000001000 onwards, signed in, each with its own address (reused across runs). */
	static List<Customer> benchCustomers(Api api, int count) {
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String phone = "+91" + (9_000_001_000L + i);
			String token = signIn(api, phone);
			if (token == null) {
				continue;
			}
			String pincode = String.valueOf(560_001 + (i * 110 / Math.max(count, 100)) % 110);
			String addressId = address(api, token, pincode);
			if (addressId != null) {
				customers.add(new Customer(phone, token, addressId, pincode));
			}
		}
		return customers;
	}

	/** Signs in with the fixed code (test numbers need no code request first); null when refused. */
	static String signIn(Api api, String phone) {
		Api.Answer verified = api.post("setup", "/api/v1/auth/otp/verify", null,
				Api.json(Map.of("phone", phone, "code", TEST_CODE)));
		return verified.ok() ? verified.body().at("/data/accessToken").asString() : null;
	}

	private static String address(Api api, String token, String pincode) {
		Api.Answer mine = api.get("setup", "/api/v1/users/me/addresses?limit=100", token);
		for (JsonNode address : mine.body().path("data")) {
			if (LABEL.equals(address.path("label").asString()) && pincode.equals(address.path("pincode").asString())) {
				return address.path("id").asString();
			}
		}
		Api.Answer created = api.post("setup", "/api/v1/users/me/addresses", token,
				Api.json(Map.of("label", LABEL, "line1", "1 Bench Street", "city", "Bengaluru", "state", "Karnataka",
						"pincode", pincode, "latitude", LATITUDE, "longitude", LONGITUDE)));
		return created.ok() ? created.body().at("/data/id").asString() : null;
	}
}
