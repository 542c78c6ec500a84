package com.vurksha.order.payment;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.order.OrderProperties;
import com.vurksha.order.order.OrderManagement;
import com.vurksha.order.order.Orders;

/**
 * Cancels ONLINE orders whose payment did not arrive in time, publishing {@code order.order.cancelled} with reason
 * {@code PAYMENT_TIMEOUT} so that stock and slot are released.
 */
@Service
public class PaymentTimeouts {

	private final Orders orders;

	private final OrderManagement management;

	private final Clock clock;

	private final OrderProperties properties;

	PaymentTimeouts(Orders orders, OrderManagement management, Clock clock, OrderProperties properties) {
		this.orders = orders;
		this.management = management;
		this.clock = clock;
		this.properties = properties;
	}

	/** Cancels one batch of overdue orders; returns how many it cancelled. */
	@Transactional
	public int cancelOverdue() {
		Instant now = clock.instant();
		int cancelled = 0;
		for (String id : orders.unpaidExpiredBy(now, properties.timeoutJob().batchSize())) {
			boolean[] expired = new boolean[1];
			management.change(id, null, order -> expired[0] = order.expireIfUnpaid(now));
			cancelled += expired[0] ? 1 : 0;
		}
		return cancelled;
	}
}
