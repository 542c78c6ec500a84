package com.vurksha.payment.payment;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.payment.PaymentErrorCode;
import com.vurksha.payment.order.OrderToPay;
import com.vurksha.payment.order.Orders;
import com.vurksha.payment.provider.PaymentProvider;
import com.vurksha.payment.provider.ProviderOrder;
import com.vurksha.platform.error.ApiException;

/** Opens a payment for a customer's order awaiting payment, and shows customers their own payments. */
@Service
public class PaymentDesk {

	private final Orders orders;

	private final Payments payments;

	private final PaymentProvider provider;

	private final Clock clock;

	PaymentDesk(Orders orders, Payments payments, PaymentProvider provider, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.provider = provider;
		this.clock = clock;
	}

	/**
	 * The order's payment: a new one on a new provider order for exactly the order's total, or the one the order
	 * already has, since a failed attempt is retried on the same provider order.
	 */
	@Transactional
	public PaymentView open(String userId, String orderId) {
		OrderToPay order = orders.find(orderId)
			.filter(found -> userId.equals(found.userId()))
			.orElseThrow(() -> new ApiException(PaymentErrorCode.ORDER_NOT_FOUND, "No order " + orderId));
		if (!order.awaitsPayment() || order.total() <= 0) {
			throw new ApiException(PaymentErrorCode.ORDER_NOT_PAYABLE,
					"Order " + orderId + " is " + order.status() + ", not awaiting payment");
		}
		Payment payment = payments.byOrder(orderId).orElseGet(() -> {
			ProviderOrder providerOrder = provider.createOrder(order.total(), order.currency(), order.number());
			if (providerOrder.amount() != order.total()) {
				throw new IllegalStateException("Provider order " + providerOrder.id() + " is for "
						+ providerOrder.amount() + ", the order's total is " + order.total());
			}
			return payments.addOrExisting(Payment.offer("pay_" + UUID.randomUUID().toString().replace("-", ""),
					order.id(), order.number(), userId, provider.name(), providerOrder.id(), order.total(),
					order.currency(), clock.instant()));
		});
		if (payment.amount() != order.total()) {
			throw new ApiException(PaymentErrorCode.ORDER_NOT_PAYABLE, "Order " + orderId + " now totals "
					+ order.total() + " but its payment was opened for " + payment.amount());
		}
		return PaymentView.of(payment, provider.keyId());
	}

	/** The payment if it is the caller's; someone else's answers exactly as a missing one does. */
	public PaymentView mine(String userId, String paymentId) {
		return payments.byId(paymentId)
			.filter(payment -> payment.userId().equals(userId))
			.map(payment -> PaymentView.of(payment, provider.keyId()))
			.orElseThrow(() -> new ApiException(PaymentErrorCode.PAYMENT_NOT_FOUND, "No payment " + paymentId));
	}
}
