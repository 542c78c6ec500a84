package com.vurksha.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

/** Steps the app takes again and again (sign in, an address, a pack in stock, an open slot), through the gateway. */
final class Journeys {

	/** Where the test customers' address pin is: MG Road, Bengaluru, pincode 560001. */
	static final double LATITUDE = 12.9756;

	static final double LONGITUDE = 77.6050;

	private final Gateway gateway;

	Journeys(Gateway gateway) {
		this.gateway = gateway;
	}

	/** Signs a test account in with the local profile's fixed code and answers its access token. */
	String signIn(String phone) {
		gateway.post("/api/v1/auth/otp/request", "{\"phone\":\"" + phone + "\"}", null);
		Gateway.Reply verified = gateway.post("/api/v1/auth/otp/verify",
				"{\"phone\":\"" + phone + "\",\"code\":\"123456\"}", null);
		assertThat(verified.status()).as(verified.envelope().toString()).isEqualTo(200);
		return verified.data().path("accessToken").asString();
	}

	String addAddress(String token) {
		Gateway.Reply address = gateway.post("/api/v1/users/me/addresses", "{\"label\":\"Home\",\"line1\":\"12 MG Road\","
				+ "\"city\":\"Bengaluru\",\"state\":\"Karnataka\",\"pincode\":\"560001\",\"latitude\":" + LATITUDE
				+ ",\"longitude\":" + LONGITUDE + "}", token);
		assertThat(address.status()).as(address.envelope().toString()).isEqualTo(201);
		return address.data().path("id").asString();
	}

	/** A pack in stock, as {@code [productId, variantId]}. */
	String[] anInStockPack() {
		for (var product : gateway.get("/api/v1/products?inStock=true&limit=20", null).data()) {
			String productId = product.path("id").asString();
			for (var variant : gateway.get("/api/v1/products/" + productId, null).data().path("variants")) {
				if (variant.path("inStock").asBoolean()) {
					return new String[] { productId, variant.path("id").asString() };
				}
			}
		}
		throw new IllegalStateException("no pack in stock in the demo catalogue");
	}

	String anOpenSlot(String token) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
		for (int day = 1; day <= 6; day++) {
			for (var slot : gateway.get("/api/v1/delivery/slots?pincode=560001&date=" + today.plusDays(day), token)
				.data()) {
				if (slot.path("available").asBoolean()) {
					return slot.path("id").asString();
				}
			}
		}
		throw new IllegalStateException("no open delivery slot in the coming days");
	}

	/** Whether the condition comes true within 30 s: events travel through the broker, so effects come later. */
	static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		return eventually(Duration.ofSeconds(30), condition);
	}

	static boolean eventually(Duration within, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(500);
		}
		return condition.getAsBoolean();
	}
}
