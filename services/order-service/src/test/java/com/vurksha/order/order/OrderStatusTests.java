package com.vurksha.order.order;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.vurksha.order.order.OrderStatus.CANCELLED;
import static com.vurksha.order.order.OrderStatus.CONFIRMED;
import static com.vurksha.order.order.OrderStatus.DELIVERED;
import static com.vurksha.order.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.vurksha.order.order.OrderStatus.PACKED;
import static com.vurksha.order.order.OrderStatus.PENDING_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusTests {

	private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(PENDING_PAYMENT,
			EnumSet.of(CONFIRMED, CANCELLED), CONFIRMED, EnumSet.of(PACKED, CANCELLED), PACKED,
			EnumSet.of(OUT_FOR_DELIVERY), OUT_FOR_DELIVERY, EnumSet.of(DELIVERED, PACKED, CANCELLED), DELIVERED,
			EnumSet.noneOf(OrderStatus.class), CANCELLED, EnumSet.noneOf(OrderStatus.class));

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void allowsExactlyTheContractsMovesFrom(OrderStatus from) {
		for (OrderStatus to : OrderStatus.values()) {
			assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(LEGAL.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void letsPeopleAskForEveryMoveExceptTheWaysBackFromTheRoad(OrderStatus from) {
		for (OrderStatus to : OrderStatus.values()) {
			boolean onlyByDelivery = from == OUT_FOR_DELIVERY && (to == PACKED || to == CANCELLED);
			assertThat(from.allowsManualMoveTo(to)).as("%s → %s", from, to)
				.isEqualTo(LEGAL.get(from).contains(to) && !onlyByDelivery);
		}
	}
}
