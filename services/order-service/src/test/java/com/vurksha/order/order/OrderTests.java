package com.vurksha.order.order;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.platform.error.ApiException;

import static com.vurksha.order.order.SampleOrders.PAYMENT_TIMEOUT;
import static com.vurksha.order.order.SampleOrders.PLACED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class OrderTests {

	@Test
	void confirmsACashOnDeliveryOrderAtOnce() {
		Order order = Order.place(SampleOrders.placed(PaymentMethod.COD), SampleOrders.CART_VERSION, PAYMENT_TIMEOUT);

		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING_COLLECTION);
		assertThat(order.expiresAt()).isNull();
		assertThat(order.pendingEvents()).hasExactlyElementsOfTypes(OrderPlaced.class, OrderConfirmed.class);
	}

	@Test
	void namesTheCartVersionItWasPlacedFromInItsPlacedEvent() {
		Order order = Order.place(SampleOrders.placed(PaymentMethod.COD), SampleOrders.CART_VERSION, PAYMENT_TIMEOUT);

		assertThat(order.pendingEvents()).first()
			.asInstanceOf(type(OrderPlaced.class))
			.extracting(OrderPlaced::cartVersion)
			.isEqualTo(SampleOrders.CART_VERSION);
	}

	@Test
	void keepsAnOnlineOrderWaitingForItsPaymentUntilTheTimeout() {
		Order order = Order.place(SampleOrders.placed(PaymentMethod.ONLINE), SampleOrders.CART_VERSION, PAYMENT_TIMEOUT);

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
		assertThat(order.expiresAt()).isEqualTo(PLACED_AT.plus(PAYMENT_TIMEOUT));
		assertThat(order.pendingEvents()).singleElement()
			.asInstanceOf(type(OrderPlaced.class))
			.satisfies(placed -> {
				assertThat(placed.total()).isEqualTo(21_000);
				assertThat(placed.lines()).containsExactly(new OrderPlaced.Line("v-paneer", 2));
				assertThat(placed.reservationId()).isEqualTo("o-1");
			});
	}

	@Test
	void confirmsAPendingOrderWhenItsPaymentIsCaptured() {
		Order order = SampleOrders.unpaidOnlineOrder();

		order.paymentCaptured("pay-1", 21_000);

		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(order.amountPaid()).isEqualTo(21_000);
		assertThat(order.expiresAt()).isNull();
		assertThat(order.pendingEvents()).hasExactlyElementsOfTypes(PaymentCaptured.class, OrderConfirmed.class,
				OrderStatusChanged.class);
	}

	@Test
	void ignoresTheSameCaptureArrivingAgain() {
		Order order = SampleOrders.paidOnlineOrder();

		order.paymentCaptured("pay-1", 21_000);

		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(order.pendingEvents()).isEmpty();
	}

	@Test
	void asksForARefundWhenMoneyArrivesForACancelledOrder() {
		Order order = SampleOrders.unpaidOnlineOrder();
		order.cancel("changed my mind", "u-asha");
		order.drainEvents();

		order.paymentCaptured("pay-9", 21_000);

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
		assertThat(order.pendingEvents()).last()
			.isEqualTo(new RefundRequested("o-1", "pay-9", 21_000, "ORDER_CANCELLED"));
	}

	@Test
	void cancelsAnUnpaidOrderWithoutRefund() {
		Order order = SampleOrders.unpaidOnlineOrder();

		order.cancel("changed my mind", "u-asha");

		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.VOID);
		assertThat(order.pendingEvents()).first()
			.isEqualTo(new OrderCancelled("o-1", "VK-20261125-000001", "u-asha", "changed my mind",
					OrderStatus.PENDING_PAYMENT, false, 0, "o-1", "o-1"));
	}

	@Test
	void refundsWhenPaidOrderIsCancelled() {
		Order order = SampleOrders.paidOnlineOrder();

		order.cancel("not needed", "u-asha");

		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
		assertThat(order.pendingEvents()).first()
			.asInstanceOf(type(OrderCancelled.class))
			.satisfies(cancelled -> {
				assertThat(cancelled.paid()).isTrue();
				assertThat(cancelled.amountPaid()).isEqualTo(21_000);
				assertThat(cancelled.previousStatus()).isEqualTo(OrderStatus.CONFIRMED);
			});
	}

	@Test
	void expiresAnUnpaidOrderOnlyOnceItsTimeIsUp() {
		Order order = SampleOrders.unpaidOnlineOrder();

		assertThat(order.expireIfUnpaid(PLACED_AT.plus(PAYMENT_TIMEOUT).minusSeconds(1))).isFalse();
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

		assertThat(order.expireIfUnpaid(PLACED_AT.plus(PAYMENT_TIMEOUT))).isTrue();
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.pendingEvents()).first()
			.asInstanceOf(type(OrderCancelled.class))
			.extracting(OrderCancelled::reason)
			.isEqualTo("PAYMENT_TIMEOUT");
	}

	@Test
	void doesNotExpireAPaidOrder() {
		Order order = SampleOrders.paidOnlineOrder();

		assertThat(order.expireIfUnpaid(PLACED_AT.plus(PAYMENT_TIMEOUT).plusSeconds(60))).isFalse();
		assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void marksPartialThenFullRefunds() {
		Order order = SampleOrders.paidOnlineOrder();
		order.cancel("not needed", "u-asha");

		order.refundProcessed("rf-1", 1_000);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

		order.refundProcessed("rf-2", 20_000);
		assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(order.amountRefunded()).isEqualTo(21_000);
	}

	@Test
	void publishesAFailedPaymentWithoutChangingTheOrder() {
		Order order = SampleOrders.unpaidOnlineOrder();

		order.paymentFailed("pay-1", "card declined");

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
		assertThat(order.pendingEvents()).singleElement()
			.isEqualTo(new PaymentFailed("o-1", "VK-20261125-000001", "u-asha", "pay-1", "card declined"))
			.extracting(OrderEvent::type)
			.isEqualTo("order.order.payment-failed");
	}

	@Test
	void publishesAProcessedRefundWithTheOrderNumberAndCustomer() {
		Order order = SampleOrders.paidOnlineOrder();
		order.cancel("not needed", "u-asha");
		order.drainEvents();

		order.refundProcessed("rf-1", 21_000);

		assertThat(order.pendingEvents()).singleElement()
			.isEqualTo(new RefundProcessed("o-1", "VK-20261125-000001", "u-asha", "rf-1", 21_000))
			.extracting(OrderEvent::type)
			.isEqualTo("order.order.refund-processed");
	}

	@Test
	void confirmsWithTheNumberTotalAndPaymentMethod() {
		Order order = SampleOrders.unpaidOnlineOrder();

		order.paymentCaptured("pay-1", 21_000);

		assertThat(order.pendingEvents()).filteredOn(OrderConfirmed.class::isInstance)
			.singleElement()
			.isEqualTo(new OrderConfirmed("o-1", "VK-20261125-000001", "u-asha", "o-1", "o-1", 21_000,
					PaymentMethod.ONLINE));
	}

	@Nested
	class OperatorMoves {

		@ParameterizedTest
		@EnumSource(OrderStatus.class)
		void followTheStateMachineFromEveryStatus(OrderStatus from) {
			for (OrderStatus to : OrderStatus.values()) {
				Order order = SampleOrders.orderIn(from);
				if (from.allowsManualMoveTo(to)) {
					order.moveTo(to, "ops-priya", PLACED_AT);
					assertThat(order.status()).as("%s → %s", from, to).isEqualTo(to);
					assertThat(order.pendingEvents()).last().isEqualTo(new OrderStatusChanged("o-1", "u-asha", from, to));
				}
				else {
					assertThatThrownBy(() -> order.moveTo(to, "ops-priya", PLACED_AT)).as("%s → %s", from, to)
						.isInstanceOfSatisfying(ApiException.class,
								ex -> assertThat(ex.code()).isEqualTo(OrderErrorCode.ILLEGAL_TRANSITION))
						.hasMessageContaining(from.name());
					assertThat(order.status()).isEqualTo(from);
					assertThat(order.pendingEvents()).isEmpty();
				}
			}
		}

		@Test
		void cancelWithTheOperatorAsReason() {
			Order order = SampleOrders.codOrder();

			order.moveTo(OrderStatus.CANCELLED, "ops-priya", PLACED_AT);

			assertThat(order.pendingEvents()).first()
				.asInstanceOf(type(OrderCancelled.class))
				.extracting(OrderCancelled::reason)
				.isEqualTo("CANCELLED_BY_OPERATOR");
		}

		@Test
		void confirmAPendingOrderPublishingTheConfirmation() {
			Order order = SampleOrders.unpaidOnlineOrder();

			order.moveTo(OrderStatus.CONFIRMED, "ops-priya", PLACED_AT);

			assertThat(order.pendingEvents()).hasExactlyElementsOfTypes(OrderConfirmed.class, OrderStatusChanged.class);
		}
	}

	@Nested
	class RefusesToCancel {

		@ParameterizedTest
		@EnumSource(value = OrderStatus.class, names = { "PACKED", "OUT_FOR_DELIVERY", "DELIVERED", "CANCELLED" })
		void onceTheOrderIs(OrderStatus status) {
			Order order = SampleOrders.orderIn(status);

			assertThatThrownBy(() -> order.cancel("too late", "u-asha")).isInstanceOf(ApiException.class)
				.hasMessageContaining(status.name());
			assertThat(order.status()).isEqualTo(status);
		}
	}
}
