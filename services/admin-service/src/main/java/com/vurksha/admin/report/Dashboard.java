package com.vurksha.admin.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import com.vurksha.admin.AdminErrorCode;
import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;
import com.vurksha.platform.error.ApiException;

/**
 * Today at a glance, for the operator console: each part read from its own replica, so a replica that is down
 * leaves only its parts out ({@link Today#unavailable()}) instead of the whole page.
 */
@Service
public class Dashboard {

	/** Variants with at most this many packs available are low. */
	public static final int LOW_STOCK_THRESHOLD = StockAlertsReport.DEFAULT_THRESHOLD;

	/** How many late or failed deliveries are listed. */
	public static final int LISTED = 50;

	/** How many unreconciled payments are listed. */
	public static final int UNRECONCILED_LISTED = 5;

	static final String LATE_OR_FAILED = """
			select case when status = 'FAILED' then 'FAILED' else 'LATE' end as kind, delivery_id, order_number,
			       zone_id, rider_id, status, slot_end_at, failure_reason
			from reporting.deliveries_v1
			where (status = 'FAILED' and ended_at >= :start and ended_at < :end)
			   or (status not in ('DELIVERED', 'FAILED', 'CANCELLED') and slot_end_at < :now)
			order by slot_end_at nulls last, delivery_id""";

	static final String UNRECONCILED_COUNT = """
			select count(distinct payment_id) from reporting.unreconciled_payments_v1""";

	static final String UNRECONCILED_FIRST = """
			select payment_id, order_id, status, issue, amount_paise, created_at
			from reporting.unreconciled_payments_v1
			order by created_at, payment_id, issue
			limit :limit""";

	static final String DEAD_NOTIFICATIONS = """
			select count(*) from reporting.notifications_v1 where status = 'DEAD'""";

	private static final Logger log = LoggerFactory.getLogger(Dashboard.class);

	private final ReportReads reads;

	private final SalesReport sales;

	private final OrdersReport orders;

	private final SlotsReport slots;

	private final StockAlertsReport stock;

	private final Clock clock;

	Dashboard(ReportReads reads, SalesReport sales, OrdersReport orders, SlotsReport slots, StockAlertsReport stock,
			Clock clock) {
		this.reads = reads;
		this.sales = sales;
		this.orders = orders;
		this.slots = slots;
		this.stock = stock;
		this.clock = clock;
	}

	/** Today in India time, as the replicas have it now. */
	public Today today() {
		return at(clock.instant());
	}

	Today at(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, DateRange.INDIA);
		DateRange day = new DateRange(today, today);
		Parts parts = new Parts();
		List<Today.Hour> hours = parts.read(Today.Part.ORDERS, () -> hours(day));
		OrdersReport.Orders placed = (hours == null) ? null : parts.read(Today.Part.ORDERS, () -> orders.read(day));
		if (placed == null) {
			hours = null;
		}
		List<Today.SlotFill> fill = parts.read(Today.Part.SLOTS, () -> slotFill(new DateRange(today, today.plusDays(1))));
		Today.Deliveries deliveries = parts.read(Today.Part.DELIVERIES, () -> deliveries(day, now));
		List<Today.LowStock> low = parts.read(Today.Part.STOCK, () -> lowStock());
		Today.Unreconciled unreconciled = parts.read(Today.Part.PAYMENTS, this::unreconciled);
		Long dead = parts.read(Today.Part.NOTIFICATIONS, () -> reads.read(Source.NOTIFICATION,
				jdbc -> jdbc.sql(DEAD_NOTIFICATIONS).query(Long.class).single()));
		return new Today(today, parts.oldest, Collections.unmodifiableSet(parts.unavailable), hours,
				(placed == null) ? null : placed.byStatus(), fill, deliveries, low, unreconciled,
				dead);
	}

	private Replicas.Read<List<Today.Hour>> hours(DateRange day) {
		Replicas.Read<Map<LocalDateTime, SalesReport.OrderFigures>> read = sales.orders(day, SalesReport.Granularity.HOUR);
		List<Today.Hour> hours = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			SalesReport.OrderFigures figures = read.value()
				.getOrDefault(day.from().atTime(hour, 0), SalesReport.OrderFigures.NONE);
			hours.add(new Today.Hour(hour, figures.orders(), figures.totalPaise()));
		}
		return new Replicas.Read<>(hours, read.dataAsOf());
	}

	private Replicas.Read<List<Today.SlotFill>> slotFill(DateRange days) {
		Replicas.Read<List<SlotsReport.ZoneDay>> read = slots.read(days);
		return new Replicas.Read<>(read.value()
			.stream()
			.map(zone -> new Today.SlotFill(zone.date(), zone.zoneId(), zone.zoneName(), zone.capacity(),
					zone.capacity() - zone.free(), zone.filledPercent()))
			.toList(), read.dataAsOf());
	}

	private Replicas.Read<Today.Deliveries> deliveries(DateRange day, Instant now) {
		return reads.read(Source.DELIVERY, jdbc -> {
			List<Today.DeliveryAlert> alerts = jdbc.sql(LATE_OR_FAILED)
				.param("start", ReportReads.at(day.start()))
				.param("end", ReportReads.at(day.end()))
				.param("now", ReportReads.at(now))
				.query((rs, row) -> new Today.DeliveryAlert(rs.getString("kind"), rs.getString("delivery_id"),
						rs.getString("order_number"), rs.getString("zone_id"), rs.getString("rider_id"),
						rs.getString("status"), instant(rs.getObject("slot_end_at", OffsetDateTime.class)),
						rs.getString("failure_reason")))
				.list();
			long late = alerts.stream().filter(alert -> alert.kind().equals("LATE")).count();
			return new Today.Deliveries(late, alerts.size() - late, alerts.stream().limit(LISTED).toList());
		});
	}

	private Replicas.Read<List<Today.LowStock>> lowStock() {
		Replicas.Read<List<StockAlertsReport.Alert>> read = stock.read(LOW_STOCK_THRESHOLD);
		return new Replicas.Read<>(read.value()
			.stream()
			.map(alert -> new Today.LowStock(alert.variantId(), alert.productId(), alert.productName(),
					alert.variantLabel(), alert.available(), alert.level().equals("OUT_OF_STOCK")))
			.toList(), read.dataAsOf());
	}

	private Replicas.Read<Today.Unreconciled> unreconciled() {
		return reads.read(Source.PAYMENT, jdbc -> new Today.Unreconciled(
				jdbc.sql(UNRECONCILED_COUNT).query(Long.class).single(),
				jdbc.sql(UNRECONCILED_FIRST)
					.param("limit", UNRECONCILED_LISTED)
					.query((rs, row) -> new Today.UnreconciledPayment(rs.getString("payment_id"),
							rs.getString("order_id"), rs.getString("status"), rs.getString("issue"),
							rs.getLong("amount_paise"), instant(rs.getObject("created_at", OffsetDateTime.class))))
					.list()));
	}

	private static Instant instant(OffsetDateTime at) {
		return (at == null) ? null : at.toInstant();
	}

	/** What the dashboard's parts read: the oldest freshness among them, and those whose replica did not answer. */
	private static final class Parts {

		private final Set<Today.Part> unavailable = EnumSet.noneOf(Today.Part.class);

		private Instant oldest;

		<T> T read(Today.Part part, Supplier<Replicas.Read<T>> read) {
			try {
				Replicas.Read<T> answer = read.get();
				if (oldest == null || answer.dataAsOf().isBefore(oldest)) {
					oldest = answer.dataAsOf();
				}
				return answer.value();
			}
			catch (ApiException ex) {
				if (ex.code() != AdminErrorCode.REPORTS_REPLICA_UNAVAILABLE) {
					throw ex;
				}
				log.debug("The dashboard shows no {}: {}", part, ex.getMessage());
				unavailable.add(part);
				return null;
			}
		}
	}
}
