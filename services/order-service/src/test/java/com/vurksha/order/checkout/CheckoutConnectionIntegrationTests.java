package com.vurksha.order.checkout;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platformtest.Api.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout holds no database connection while it waits for other services: with a pool of one connection, which a
 * caller may wait for at most 3 s, two checkouts whose slot bookings each take 6 s both succeed. Were the
 * connection held during the calls, the second checkout would wait for it for over 6 s and fail. (Read timeouts
 * are long so that a busy shared test machine cannot fail the calls themselves.)
 */
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=1",
		"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.connection-timeout=3000",
		"vurksha.clients.delivery.read-timeout=20s", "vurksha.clients.cart.read-timeout=20s",
		"vurksha.clients.user.read-timeout=20s", "vurksha.clients.product.read-timeout=20s" })
class CheckoutConnectionIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void twoCheckoutsWaitingOnSlowCallsShareOneDatabaseConnection() throws Exception {
		downstream.slotBookingTakes(6_000);
		List<Customer> customers = List.of(newCustomer(), newCustomer());
		CountDownLatch start = new CountDownLatch(1);

		List<Reply> replies;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Reply>> checkouts = customers.stream()
				.map(customer -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return api.placeOrder(customer.token(), newKey(), checkout("COD"));
				}, pool))
				.toList();
			start.countDown();
			replies = checkouts.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(replies).extracting(Reply::status).containsExactly(201, 201);
		assertThat(customers).allSatisfy(customer -> assertThat(ordersOf(customer)).isEqualTo(1));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
