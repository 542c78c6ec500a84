package com.vurksha.delivery.fulfilment;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryOtpTests {

	private static final String KEY = "test-only-delivery-otp-key-0123456789";

	private final DeliveryOtp otp = new DeliveryOtp(new OtpProperties(KEY, 4, 5));

	@Test
	void derivesTheCodeFromTheHmacOfDeliveryAndGeneration() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] digest = mac.doFinal("dlv-1:1".getBytes(StandardCharsets.UTF_8));
		int offset = digest[31] & 0x0f;
		int binary = ((digest[offset] & 0x7f) << 24) | ((digest[offset + 1] & 0xff) << 16)
				| ((digest[offset + 2] & 0xff) << 8) | (digest[offset + 3] & 0xff);

		assertThat(otp.code("dlv-1", 1)).isEqualTo(String.format("%04d", binary % 10_000));
	}

	@Test
	void givesFourDigitsStableForOneGenerationAndNewOnesForTheNext() {
		Set<String> codes = new HashSet<>();
		for (int generation = 1; generation <= 20; generation++) {
			codes.add(otp.code("dlv-1", generation));
		}

		assertThat(otp.code("dlv-1", 1)).matches("[0-9]{4}").isEqualTo(otp.code("dlv-1", 1));
		assertThat(codes).hasSizeGreaterThan(15);
	}

	@Test
	void dependsOnTheKey() {
		DeliveryOtp other = new DeliveryOtp(new OtpProperties("another-test-only-key-9876543210", 6, 5));

		assertThat(other.code("dlv-1", 1)).hasSize(6);
		assertThat(new DeliveryOtp(new OtpProperties("another-test-only-key-9876543210", 4, 5)).code("dlv-1", 1))
			.isNotEqualTo(otp.code("dlv-1", 1));
	}

	@Test
	void acceptsOnlyTheCurrentGenerationsCode() {
		Delivery delivery = TestDeliveries.pickedUp();
		String current = otp.of(delivery);

		assertThat(otp.matches(delivery, current)).isTrue();
		assertThat(otp.matches(delivery, " " + current + " ")).isTrue();
		delivery.resetOtp();
		assertThat(otp.matches(delivery, otp.of(delivery))).isTrue();
		assertThat(otp.matches(delivery, current)).isFalse();
		assertThat(otp.code(delivery.id(), 1)).isEqualTo(current);
		assertThat(otp.matches(delivery, null)).isFalse();
		assertThat(otp.matches(delivery, "")).isFalse();
	}
}
