package com.vurksha.order.order;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.order.OrderErrorCode;
import com.vurksha.platform.api.PageQuery;
import com.vurksha.platform.error.ApiException;

/** Reads orders for their owners and applies changes to one order at a time under its row lock. */
@Service
public class OrderManagement {

	private final Orders orders;

	private final Clock clock;

	OrderManagement(Orders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OrderView viewOf(String orderId, String userId) {
		Order order = owned(orders.find(orderId).orElse(null), userId);
		return OrderView.of(order, orders.timeline(order.id()));
	}

	@Transactional(readOnly = true)
	public OrderBrief briefOf(String orderId, String userId) {
		return OrderBrief.of(owned(orders.find(orderId).orElse(null), userId));
	}

	@Transactional(readOnly = true)
	public List<OrderSummary> pageOf(String userId, PageQuery page) {
		return orders.pageOf(userId, page);
	}

	@Transactional(readOnly = true)
	public long countOf(String userId) {
		return orders.countOf(userId);
	}

	@Transactional
	public OrderView cancelByCustomer(String orderId, String userId, String reason) {
		return change(orderId, userId, order -> order.cancel(reason, userId));
	}

	@Transactional
	public OrderView moveByOperator(String orderId, OrderStatus target, String operator) {
		return change(orderId, null, order -> order.moveTo(target, operator, clock.instant()));
	}

	/**
	 * Applies another service's news to the locked order and stores it when {@code change} says it changed
	 * something. Returns false, storing nothing, for an unknown order or news the order ignored. Nothing is thrown
	 * for those, since an exception would roll back the consumer's whole inbox transaction and have the event
	 * retried although retrying cannot help.
	 */
	@Transactional
	public boolean react(String orderId, Predicate<Order> change) {
		Optional<Order> order = orders.lock(orderId);
		if (order.isEmpty() || !change.test(order.get())) {
			return false;
		}
		orders.update(order.get());
		return true;
	}

	/**
	 * Applies {@code change} to the locked order and stores it with its events; with a {@code userId}, only that
	 * customer's order is found. Returns the order afterwards.
	 */
	@Transactional
	public OrderView change(String orderId, String userId, Consumer<Order> change) {
		Order order = orders.lock(orderId).orElse(null);
		if (userId != null) {
			order = owned(order, userId);
		}
		else if (order == null) {
			throw notFound();
		}
		change.accept(order);
		orders.update(order);
		return OrderView.of(order, orders.timeline(order.id()));
	}

	private static Order owned(Order order, String userId) {
		if (order == null || !order.userId().equals(userId)) {
			throw notFound();
		}
		return order;
	}

	private static ApiException notFound() {
		return new ApiException(OrderErrorCode.ORDER_NOT_FOUND, "No such order");
	}
}
