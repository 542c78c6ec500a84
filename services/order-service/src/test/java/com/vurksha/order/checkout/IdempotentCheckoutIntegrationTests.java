package com.vurksha.order.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.order.support.OrderServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentCheckoutIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void theSameKeySentFourTimesAtOncePlacesOneOrder() throws Exception {
		downstream.slowSlotBooking();
		Customer asha = newCustomer();
		String key = newKey();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Reply>> attempts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			attempts.add(() -> {
				start.await();
				return api.placeOrder(asha.token(), key, checkout("COD"));
			});
		}

		List<Reply> replies = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Reply>> futures = new ArrayList<>();
			for (Callable<Reply> attempt : attempts) {
				futures.add(pool.submit(attempt));
			}
			start.countDown();
			for (Future<Reply> future : futures) {
				replies.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		// Whoever arrived while the first ran was told to retry; retrying now replays the one order.
		Reply retry = api.placeOrder(asha.token(), key, checkout("COD"));

		assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isIn(201, 409));
		assertThat(replies).filteredOn(reply -> reply.status() == 409)
			.allSatisfy(reply -> assertThat(reply.errorCode()).isEqualTo("IDEMPOTENCY_KEY_IN_PROGRESS"));
		List<String> placedIds = replies.stream()
			.filter(reply -> reply.status() == 201)
			.map(reply -> reply.data().get("id").asString())
			.distinct()
			.toList();
		assertThat(placedIds).hasSize(1);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.data().get("id").asString()).isEqualTo(placedIds.get(0));
		assertThat(ordersOf(asha)).isEqualTo(1);
		assertThat(downstream.bookedIds()).containsExactly(placedIds.get(0));
		assertThat(downstream.reservedIds()).containsExactly(placedIds.get(0));
	}

	@Test
	void repeatingAPlacedOrderReplaysIt() {
		Customer asha = newCustomer();
		String key = newKey();

		Reply first = api.placeOrder(asha.token(), key, checkout("ONLINE"));
		Reply again = api.placeOrder(asha.token(), key, checkout("ONLINE"));

		assertThat(again.status()).isEqualTo(201);
		assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.data().get("id").asString()).isEqualTo(first.data().get("id").asString());
		assertThat(ordersOf(asha)).isEqualTo(1);
		assertThat(downstream.bookedIds()).hasSize(1);
	}

	@Test
	void aDifferentBodyUnderAUsedKeyIsRefusedWith422() {
		Customer asha = newCustomer();
		String key = newKey();
		api.placeOrder(asha.token(), key, checkout("COD"));

		Reply reply = api.placeOrder(asha.token(), key, checkout("ONLINE"));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(ordersOf(asha)).isEqualTo(1);
	}

	@Test
	void twoCustomersMayUseTheSameKey() {
		String key = newKey();
		Customer asha = newCustomer();
		Customer ravi = newCustomer();

		Reply first = api.placeOrder(asha.token(), key, checkout("COD"));
		Reply second = api.placeOrder(ravi.token(), key, checkout("COD"));

		assertThat(second.status()).isEqualTo(201);
		assertThat(second.data().get("id").asString()).isNotEqualTo(first.data().get("id").asString());
	}
}
