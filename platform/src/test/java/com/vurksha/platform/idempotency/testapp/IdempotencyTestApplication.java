package com.vurksha.platform.idempotency.testapp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;
import com.vurksha.platform.idempotency.IdempotencyKeys;
import com.vurksha.platform.idempotency.IdempotentRequests;

/**
 * An application with idempotent endpoints whose action can be made slow, fail or refuse on request: item
 * "explode" fails for good, "db-down" fails transiently (no database connection).
 */
@SpringBootApplication
public class IdempotencyTestApplication {

	public static final String ROUTE = "/test/orders";

	public record PlaceOrder(@NotBlank String item, @Min(1) int quantity) {
	}

	public record OrderPlaced(String orderId, String item, int quantity) {
	}

	/** What the action did, and a gate that holds it while a test looks at the key in flight. */
	public static class Executions {

		public final AtomicInteger count = new AtomicInteger();

		public volatile CountDownLatch entered = new CountDownLatch(1);

		public volatile CountDownLatch release = new CountDownLatch(0);

		public void reset() {
			count.set(0);
			entered = new CountDownLatch(1);
			release = new CountDownLatch(0);
		}

		public void holdNextExecutions() {
			entered = new CountDownLatch(1);
			release = new CountDownLatch(1);
		}
	}

	@Bean
	Executions executions() {
		return new Executions();
	}

	@RestController
	static class OrdersController {

		private final IdempotentRequests idempotentRequests;

		private final Executions executions;

		OrdersController(IdempotentRequests idempotentRequests, Executions executions) {
			this.idempotentRequests = idempotentRequests;
			this.executions = executions;
		}

		@PostMapping(ROUTE)
		ResponseEntity<?> place(@RequestHeader("X-Test-Caller") String caller,
				@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
				@RequestBody PlaceOrder order) {
			return idempotentRequests.execute(caller, key, order, () -> execute(order));
		}

		@PostMapping(ROUTE + "/{id}/cancel")
		ResponseEntity<?> cancel(@RequestHeader("X-Test-Caller") String caller,
				@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key, @PathVariable String id) {
			return idempotentRequests.execute(caller, key, null, () -> {
				executions.count.incrementAndGet();
				return ResponseEntity.ok(ApiResponse.ok(Map.of("cancelled", id)));
			});
		}

		private ResponseEntity<ApiResponse<OrderPlaced>> execute(PlaceOrder order) {
			executions.count.incrementAndGet();
			executions.entered.countDown();
			await(executions.release);
			if (order.quantity() > 10) {
				throw new ApiException(CommonErrorCode.VALIDATION_FAILED, "At most 10 per order");
			}
			if ("db-down".equals(order.item())) {
				throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
			}
			if ("explode".equals(order.item())) {
				throw new IllegalStateException("the action failed half-way");
			}
			OrderPlaced placed = new OrderPlaced(UUID.randomUUID().toString(), order.item(), order.quantity());
			return ResponseEntity.status(201).header("Location", "/test/orders/" + placed.orderId())
				.body(ApiResponse.ok(placed));
		}

		private static void await(CountDownLatch latch) {
			try {
				if (!latch.await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never released the action");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
