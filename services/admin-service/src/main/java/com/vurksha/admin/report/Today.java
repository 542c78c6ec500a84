package com.vurksha.admin.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator console's dashboard: today in India time, read from the replicas. A part whose replica did not answer
 * is null and named in {@code unavailable}; the others are there.
 *
 * @param date today, India time
 * @param dataAsOf the freshness of the least caught-up replica that answered (null when none did)
 * @param unavailable the parts whose replica did not answer
 * @param ordersByHour 24 hours of today: the orders the sales report counts (not CANCELLED, not PENDING_PAYMENT) and
 * their revenue (what customers pay: items - discount + delivery fee, GST included; refunds not taken off) [ORDERS]
 * @param ordersByStatus today's orders, every status, by their status now [ORDERS]
 * @param slotFill per zone, today's and tomorrow's slots [SLOTS]
 * @param deliveries late and failed deliveries [DELIVERIES]
 * @param lowStock variants on sale with at most {@link Dashboard#LOW_STOCK_THRESHOLD} packs available [STOCK]
 * @param unreconciledPayments payments whose records disagree [PAYMENTS]
 * @param deadNotifications messages given up on (DEAD), waiting for an operator's retry [NOTIFICATIONS]
 */
public record Today(LocalDate date, Instant dataAsOf, Set<Part> unavailable, List<Hour> ordersByHour,
		Map<String, Long> ordersByStatus, List<SlotFill> slotFill, Deliveries deliveries, List<LowStock> lowStock,
		Unreconciled unreconciledPayments, Long deadNotifications) {

	/** The parts of the dashboard, each read from one replica. */
	public enum Part {

		/** ordersByHour and ordersByStatus, from the order replica. */
		ORDERS,
		/** slotFill, from the delivery replica. */
		SLOTS,
		/** deliveries, from the delivery replica. */
		DELIVERIES,
		/** lowStock, from the product replica. */
		STOCK,
		/** unreconciledPayments, from the payment replica. */
		PAYMENTS,
		/** deadNotifications, from the notification replica. */
		NOTIFICATIONS
	}

	/** One hour of today, from {@code hour}:00 India time. */
	public record Hour(int hour, long orders, long revenuePaise) {
	}

	/** A zone's slots on one day: places, places taken (confirmed and held), and the share taken (one decimal). */
	public record SlotFill(LocalDate date, String zoneId, String zoneName, long capacity, long booked,
			BigDecimal filledPercent) {
	}

	/**
	 * Deliveries needing attention: {@code late} ones not delivered (nor failed or cancelled) though their slot has
	 * ended, and those that {@code failed} today (given up on); {@code first} lists up to
	 * {@value Dashboard#LISTED} of them, latest slot end last.
	 */
	public record Deliveries(long late, long failed, List<DeliveryAlert> first) {
	}

	/** A late or failed delivery; {@code kind} is LATE or FAILED. */
	public record DeliveryAlert(String kind, String deliveryId, String orderNumber, String zoneId, String riderId,
			String status, Instant slotEndAt, String failureReason) {
	}

	/** A variant short of stock; {@code outOfStock} when the shop shows it sold out. */
	public record LowStock(String variantId, String productId, String productName, String variantLabel, int available,
			boolean outOfStock) {
	}

	/** How many payments have an issue, and the oldest few payment-and-issue rows. */
	public record Unreconciled(long payments, List<UnreconciledPayment> first) {
	}

	/** A payment and one of its issues (OPEN_AFTER_PROVIDER_CHECK, CAPTURE_LEDGER_MISMATCH, ...). */
	public record UnreconciledPayment(String paymentId, String orderId, String status, String issue, long amountPaise,
			Instant createdAt) {
	}
}
