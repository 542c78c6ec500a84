package com.vurksha.e2e;

import static com.vurksha.e2e.App.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

import com.vurksha.client.model.NewAddress;
import com.vurksha.client.model.OtpRequest;
import com.vurksha.client.model.OtpVerification;
import com.vurksha.client.model.ProductSummary;
import com.vurksha.client.model.SlotView;
import com.vurksha.client.model.VariantView;

/**
 * Steps the app takes again and again (sign in, an address, a pack in stock, an open slot), through the gateway with
 * the client generated from the API contract.
 */
final class Journeys {

	/** Where the test customers' address pin is: MG Road, Bengaluru, pincode 560001. */
	static final double LATITUDE = 12.9756;

	static final double LONGITUDE = 77.6050;

	private final App app;

	Journeys(Gateway gateway) {
		this.app = new App(gateway.base());
	}

	/** Signs a test account in with the local profile's fixed code and answers its access token. */
	String signIn(String phone) {
		call(() -> app.signIn().requestOtp(new OtpRequest().phone(phone)));
		var verified = call(() -> app.signIn().verifyOtpWithHttpInfo(new OtpVerification().phone(phone).code("123456")));
		assertThat(verified.getStatusCode()).isEqualTo(200);
		return verified.getData().getData().getAccessToken();
	}

	String addAddress(String token) {
		var address = call(() -> app.as(token)
			.addresses()
			.addAddressWithHttpInfo(new NewAddress().label("Home")
				.line1("12 MG Road")
				.city("Bengaluru")
				.state("Karnataka")
				.pincode("560001")
				.latitude(LATITUDE)
				.longitude(LONGITUDE)));
		assertThat(address.getStatusCode()).isEqualTo(201);
		return address.getData().getData().getId();
	}

	/** A pack in stock, as {@code [productId, variantId]}. */
	String[] anInStockPack() {
		var products = call(() -> app.catalogue().listProducts(null, null, null, true, null, 1, 20)).getData();
		for (ProductSummary product : products) {
			var detail = call(() -> app.catalogue().getProduct(product.getId())).getData();
			for (VariantView variant : detail.getVariants()) {
				if (Boolean.TRUE.equals(variant.getInStock())) {
					return new String[] { product.getId(), variant.getId() };
				}
			}
		}
		throw new IllegalStateException("no pack in stock in the demo catalogue");
	}

	String anOpenSlot(String token) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
		for (int day = 1; day <= 6; day++) {
			String date = today.plusDays(day).toString();
			for (SlotView slot : call(() -> app.as(token).delivery().listSlots("560001", date)).getData()) {
				if (Boolean.TRUE.equals(slot.getAvailable())) {
					return slot.getId();
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
