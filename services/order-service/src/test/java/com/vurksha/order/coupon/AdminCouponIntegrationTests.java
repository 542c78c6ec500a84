package com.vurksha.order.coupon;

import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.order.support.OrderServiceIntegrationTest;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

class AdminCouponIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void anOperatorAddsAFlatCouponThatCustomersCanUse() {
		String code = "ghee" + UUID.randomUUID().toString().substring(0, 6);

		Reply added = api.send(HttpMethod.POST, "/api/v1/admin/coupons", admin(),
				object("code", code, "kind", "FLAT", "amount", 5_000, "minOrder", 10_000, "perCustomerLimit", 2));
		var body = checkout("COD");
		body.put("couponCode", code);
		Reply order = api.placeOrder(newCustomer().token(), newKey(), body);

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.data().get("code").asString()).isEqualTo(code.toUpperCase());
		assertThat(order.status()).isEqualTo(201);
		assertThat(order.data().get("discount").asLong()).isEqualTo(5_000);
		assertThat(api.get("/api/v1/admin/coupons", admin()).data().findValuesAsString("code")).contains("FRESH10",
				code.toUpperCase());
	}

	@Nested
	class Refuses {

		@Test
		void aTakenCode() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/coupons", admin(),
					object("code", "fresh10", "kind", "PERCENT", "amount", 500));

			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.errorCode()).isEqualTo("COUPON_CODE_TAKEN");
		}

		@Test
		void aPercentageAboveAHundred() {
			Reply reply = api.send(HttpMethod.POST, "/api/v1/admin/coupons", admin(),
					object("code", "TOOMUCH", "kind", "PERCENT", "amount", 10_001));

			assertThat(reply.status()).isEqualTo(400);
			assertThat(reply.errorCode()).isEqualTo("VALIDATION_FAILED");
		}

		@Test
		void customers() {
			Reply reply = api.get("/api/v1/admin/coupons", newCustomer().token());

			assertThat(reply.status()).isEqualTo(403);
		}
	}
}
