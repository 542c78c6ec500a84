package com.vurksha.order.order;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.platform.error.ApiException;

import static com.vurksha.order.order.OrderStatus.CANCELLED;
import static com.vurksha.order.order.OrderStatus.DELIVERED;
import static com.vurksha.order.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.vurksha.order.order.OrderStatus.PACKED;
import static com.vurksha.order.order.SampleOrders.PLACED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Packing, and what the delivery service's news does to an order: picked up, delivered, failed. */
class OrderFulfilmentTests {

	private static final Instant HANDED_OVER = PLACED_AT.plusSeconds(9000);

	@Test
	void packingACashOrderPublishesWhatTheRiderNeedsToCollectTheTotal() {
		Order order = SampleOrders.codOrder();

		order.moveTo(PACKED, "ops-priya", PLACED_AT);

		assertThat(order.pendingEvents()).hasExactlyElementsOfTypes(OrderPacked.class, OrderStatusChanged.class);
		assertThat(order.pendingEvents()).first().isEqualTo(new OrderPacked("o-1", "VK-20261125-000001", "u-asha",
				PaymentMethod.COD, 21_000, 21_000, "s-1", PLACED_AT.plusSeconds(7200), PLACED_AT.plusSeconds(10800),
				"z-1", 1, new AddressSnapshot("Home", "12 MG Road", null, null, "Bengaluru", "Karnataka", "560001",
						null, null)));
	}

	@Test
	void packingAPaidOrderLeavesNothingToCollect() {
		Order order = SampleOrders.paidOnlineOrder();

		order.moveTo(PACKED, "ops-priya", PLACED_AT);

		assertThat(order.pendingEvents()).first()
			.asInstanceOf(type(OrderPacked.class))
			.satisfies(packed -> {
				assertThat(packed.paymentMethod()).isEqualTo(PaymentMethod.ONLINE);
				assertThat(packed.amountToCollect()).isZero();
				assertThat(packed.total()).isEqualTo(21_000);
				assertThat(packed.type()).isEqualTo("order.order.packed");
			});
	}

	@Test
	void anOperatorDeliveringPublishesTheLinesForReviews() {
		Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

		order.moveTo(DELIVERED, "ops-priya", HANDED_OVER);

		assertThat(order.pendingEvents()).first()
			.isEqualTo(new OrderDelivered("o-1", "VK-20261125-000001", "u-asha", HANDED_OVER,
					List.of(new OrderDelivered.Line("v-paneer", "p-paneer", 2))));
	}

	@Test
	void aPickUpTakesAPackedOrderOutForDelivery() {
		Order order = SampleOrders.packedCodOrder();

		assertThat(order.pickedUp(1)).isTrue();

		assertThat(order.status()).isEqualTo(OUT_FOR_DELIVERY);
		assertThat(order.pendingEvents()).containsExactly(new OrderStatusChanged("o-1", "u-asha", PACKED,
				OUT_FOR_DELIVERY));
	}

	@Test
	void aDeliveryReportedBeforeItsPickUpGoesOutForDeliveryFirst() {
		Order order = SampleOrders.packedCodOrder();

		assertThat(order.delivered(1, HANDED_OVER)).isTrue();

		assertThat(order.status()).isEqualTo(DELIVERED);
		assertThat(order.pendingEvents()).containsExactly(
				new OrderStatusChanged("o-1", "u-asha", PACKED, OUT_FOR_DELIVERY),
				OrderDelivered.of(order.placed(), HANDED_OVER),
				new OrderStatusChanged("o-1", "u-asha", OUT_FOR_DELIVERY, DELIVERED));
	}

	@Test
	void aFailedAttemptToBeRetriedPutsTheOrderBackOnTheShelfWithoutPackingItAgain() {
		Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

		assertThat(order.deliveryFailed(1, "CUSTOMER_UNAVAILABLE", DeliveryFollowUp.REATTEMPT)).isTrue();

		assertThat(order.status()).isEqualTo(PACKED);
		assertThat(order.failedDeliveryAttempt()).isEqualTo(1);
		assertThat(order.pendingEvents()).containsExactly(
				new DeliveryFailed("o-1", 1, "CUSTOMER_UNAVAILABLE", DeliveryFollowUp.REATTEMPT),
				new OrderStatusChanged("o-1", "u-asha", OUT_FOR_DELIVERY, PACKED));
		assertThat(order.pendingEvents()).noneMatch(OrderPacked.class::isInstance);
		assertThat(order.pendingEvents().get(0).note()).contains("CUSTOMER_UNAVAILABLE", "another attempt");
	}

	@Test
	void theNextAttemptTakesTheOrderOutAgain() {
		Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());
		order.deliveryFailed(1, "CUSTOMER_UNAVAILABLE", DeliveryFollowUp.REATTEMPT);

		assertThat(order.pickedUp(2)).isTrue();
		assertThat(order.delivered(2, HANDED_OVER)).isTrue();

		assertThat(order.status()).isEqualTo(DELIVERED);
	}

	@Test
	void aReturnToTheHubCancelsAndRefundsAPaidOrder() {
		Order order = SampleOrders.outForDelivery(SampleOrders.packedPaidOrder());

		assertThat(order.deliveryFailed(1, "ADDRESS_NOT_FOUND", DeliveryFollowUp.RETURN_TO_HUB)).isTrue();

		assertThat(order.status()).isEqualTo(CANCELLED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
		assertThat(order.pendingEvents()).filteredOn(OrderCancelled.class::isInstance)
			.singleElement()
			.isEqualTo(new OrderCancelled("o-1", "VK-20261125-000001", "u-asha", "Delivery failed: ADDRESS_NOT_FOUND",
					OUT_FOR_DELIVERY, true, 21_000, "o-1", "o-1"));
	}

	@Test
	void aReturnToTheHubVoidsACashOrder() {
		Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

		order.deliveryFailed(1, "CUSTOMER_REFUSED", DeliveryFollowUp.RETURN_TO_HUB);

		assertThat(order.status()).isEqualTo(CANCELLED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOID);
	}

	@Nested
	class IgnoresStaleNews {

		@Test
		void aPickUpOfAnOrderAlreadyDelivered() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());
			order.delivered(1, HANDED_OVER);
			order.drainEvents();

			assertThat(order.pickedUp(1)).isFalse();
			assertThat(order.status()).isEqualTo(DELIVERED);
			assertThat(order.pendingEvents()).isEmpty();
		}

		@Test
		void aRepeatedDelivery() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());
			order.delivered(1, HANDED_OVER);
			order.drainEvents();

			assertThat(order.delivered(1, HANDED_OVER)).isFalse();
			assertThat(order.pendingEvents()).isEmpty();
		}

		@Test
		void aLatePickUpOfAnAttemptThatAlreadyFailed() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());
			order.deliveryFailed(1, "CUSTOMER_UNAVAILABLE", DeliveryFollowUp.REATTEMPT);
			order.drainEvents();

			assertThat(order.pickedUp(1)).isFalse();
			assertThat(order.deliveryFailed(1, "CUSTOMER_UNAVAILABLE", DeliveryFollowUp.REATTEMPT)).isFalse();
			assertThat(order.status()).isEqualTo(PACKED);
			assertThat(order.pendingEvents()).isEmpty();
		}

		@Test
		void aFailureOfAnOrderAlreadyCancelled() {
			Order order = SampleOrders.orderIn(CANCELLED);

			assertThat(order.deliveryFailed(1, "DAMAGED", DeliveryFollowUp.RETURN_TO_HUB)).isFalse();
			assertThat(order.pendingEvents()).isEmpty();
		}

		@Test
		void aPickUpOfAnOrderNotYetPacked() {
			Order order = SampleOrders.codOrder();

			assertThat(order.pickedUp(1)).isFalse();
			assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		}
	}

	@Nested
	class KeepsTheWaysBackFromTheRoadForTheDeliveryService {

		@Test
		void anOperatorCannotUnpackAnOrderOnTheRoad() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

			assertThatThrownBy(() -> order.moveTo(PACKED, "ops-priya", PLACED_AT)).isInstanceOfSatisfying(
					ApiException.class, ex -> assertThat(ex.code()).isEqualTo(OrderErrorCode.ILLEGAL_TRANSITION))
				.hasMessageContaining("OUT_FOR_DELIVERY");
			assertThat(order.status()).isEqualTo(OUT_FOR_DELIVERY);
		}

		@Test
		void anOperatorCannotCancelAnOrderOnTheRoad() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

			assertThatThrownBy(() -> order.moveTo(CANCELLED, "ops-priya", PLACED_AT))
				.isInstanceOf(ApiException.class);
			assertThat(order.pendingEvents()).isEmpty();
		}

		@Test
		void theCustomerCannotCancelAnOrderOnTheRoad() {
			Order order = SampleOrders.outForDelivery(SampleOrders.packedCodOrder());

			assertThatThrownBy(() -> order.cancel("too late", "u-asha")).isInstanceOf(ApiException.class)
				.hasMessageContaining("OUT_FOR_DELIVERY");
			assertThat(order.status()).isEqualTo(OUT_FOR_DELIVERY);
		}
	}
}
