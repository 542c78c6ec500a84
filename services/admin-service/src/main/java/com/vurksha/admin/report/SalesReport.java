package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * Sales per India-time hour or day. Orders counted are those placed in the bucket and still standing: not
 * CANCELLED and not PENDING_PAYMENT (COD orders from placing, online orders once paid). Refunds are the PROCESSED
 * refunds completed in the bucket, except those of orders now CANCELLED, whose sale is not counted at all.
 */
@Component
class SalesReport {

	static final String ORDERS = """
			select date_trunc(:unit, placed_at at time zone 'Asia/Kolkata') as bucket,
			       count(*) as orders,
			       coalesce(sum(items_subtotal_paise), 0) as gross,
			       coalesce(sum(discount_paise), 0) as discount,
			       coalesce(sum(gst_paise), 0) as gst,
			       coalesce(sum(delivery_fee_paise), 0) as delivery_fee
			from reporting.orders_v1
			where placed_at >= :start and placed_at < :end and status not in ('CANCELLED', 'PENDING_PAYMENT')
			group by 1""";

	static final String REFUNDS = """
			select date_trunc(:unit, completed_at at time zone 'Asia/Kolkata') as bucket, order_id, amount_paise
			from reporting.refunds_v1
			where status = 'PROCESSED' and completed_at >= :start and completed_at < :end""";

	static final String CANCELLED = """
			select order_id from reporting.orders_v1 where status = 'CANCELLED' and order_id = any(:ids)""";

	private static final List<String> HEADER = List.of("bucket", "orders", "gross_rupees", "discount_rupees",
			"gst_rupees", "delivery_fee_rupees", "refund_rupees", "net_rupees");

	private final ReportReads reads;

	SalesReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<Sales> run(DateRange range, Granularity granularity) {
		Replicas.Read<Map<LocalDateTime, OrderFigures>> orders = orders(range, granularity);
		Replicas.Read<Map<LocalDateTime, Long>> refunded = refunds(range, granularity);
		List<Bucket> buckets = new ArrayList<>();
		for (LocalDateTime start : granularity.buckets(range)) {
			OrderFigures figures = orders.value().getOrDefault(start, OrderFigures.NONE);
			buckets.add(Bucket.of(granularity.label(start), figures, refunded.value().getOrDefault(start, 0L)));
		}
		Sales sales = new Sales(range.from(), range.to(), granularity.name().toLowerCase(Locale.ROOT), buckets,
				Bucket.total(buckets));
		return new Answer<>(sales, Answer.oldest(orders, refunded),
				new CsvTable(HEADER, buckets.stream().map(Bucket::cells).toList()));
	}

	/**
	 * The refunds completed per bucket (payment replica), less those of orders now cancelled (order replica); as
	 * fresh as the older of the two.
	 */
	private Replicas.Read<Map<LocalDateTime, Long>> refunds(DateRange range, Granularity granularity) {
		Replicas.Read<List<Refund>> refunds = reads.read(Source.PAYMENT, jdbc -> jdbc.sql(REFUNDS)
			.param("unit", granularity.unit())
			.param("start", ReportReads.at(range.start()))
			.param("end", ReportReads.at(range.end()))
			.query((rs, row) -> new Refund(rs.getObject("bucket", LocalDateTime.class), rs.getString("order_id"),
					rs.getLong("amount_paise")))
			.list());
		Set<String> orderIds = new HashSet<>(refunds.value().stream().map(Refund::orderId).toList());
		Replicas.Read<Set<String>> cancelled = reads.read(Source.ORDER, jdbc -> orderIds.isEmpty() ? Set.<String>of()
				: Set.copyOf(jdbc.sql(CANCELLED)
					.param("ids", new SqlParameterValue(Types.ARRAY, orderIds.toArray(String[]::new)))
					.query(String.class)
					.list()));
		Map<LocalDateTime, Long> refunded = new HashMap<>();
		refunds.value()
			.stream()
			.filter(refund -> !cancelled.value().contains(refund.orderId()))
			.forEach(refund -> refunded.merge(refund.bucket(), refund.amountPaise(), Long::sum));
		return new Replicas.Read<>(refunded, Answer.oldest(refunds, cancelled));
	}

	/** The counted orders' figures per bucket, from the order service's replica alone (the dashboard's hours). */
	Replicas.Read<Map<LocalDateTime, OrderFigures>> orders(DateRange range, Granularity granularity) {
		return reads.read(Source.ORDER, jdbc -> {
			Map<LocalDateTime, OrderFigures> figures = new HashMap<>();
			jdbc.sql(ORDERS)
				.param("unit", granularity.unit())
				.param("start", ReportReads.at(range.start()))
				.param("end", ReportReads.at(range.end()))
				.query((rs, row) -> figures.put(rs.getObject("bucket", LocalDateTime.class),
						new OrderFigures(rs.getLong("orders"), rs.getLong("gross"), rs.getLong("discount"),
								rs.getLong("gst"), rs.getLong("delivery_fee"))))
				.list();
			return figures;
		});
	}

	/** Hour or day buckets, in India time. */
	enum Granularity {

		HOUR, DAY;

		String unit() {
			return name().toLowerCase(Locale.ROOT);
		}

		List<LocalDateTime> buckets(DateRange range) {
			List<LocalDateTime> starts = new ArrayList<>();
			LocalDateTime end = range.to().plusDays(1).atStartOfDay();
			for (LocalDateTime at = range.from().atStartOfDay(); at.isBefore(end); at = next(at)) {
				starts.add(at);
			}
			return starts;
		}

		String label(LocalDateTime start) {
			return (this == DAY) ? start.toLocalDate().toString()
					: start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		}

		private LocalDateTime next(LocalDateTime at) {
			return (this == DAY) ? at.plusDays(1) : at.plusHours(1);
		}
	}

	/** What the counted orders placed in one bucket add up to. */
	record OrderFigures(long orders, long grossPaise, long discountPaise, long gstPaise, long deliveryFeePaise) {

		static final OrderFigures NONE = new OrderFigures(0, 0, 0, 0, 0);

		/** What their customers pay: gross - discount + delivery fees (GST included in gross). */
		long totalPaise() {
			return grossPaise - discountPaise + deliveryFeePaise;
		}
	}

	private record Refund(LocalDateTime bucket, String orderId, long amountPaise) {
	}

	/**
	 * The sales report.
	 *
	 * @param from the first day (India time)
	 * @param to the last day, included
	 * @param granularity hour or day
	 * @param buckets every hour or day of the range in order, those without sales included (all zero)
	 * @param totals the buckets added up (its bucket is {@code total})
	 */
	@Schema(name = "SalesReport")
	record Sales(LocalDate from, LocalDate to, String granularity, List<Bucket> buckets, Bucket totals) {
	}

	/**
	 * One hour or day. {@code netPaise = grossPaise - discountPaise + deliveryFeePaise - refundPaise}; GST is
	 * contained in {@code grossPaise}, not added to it.
	 *
	 * @param bucket the day ({@code 2026-11-10}) or the hour's start ({@code 2026-11-10T23:00}) in India time
	 */
	@Schema(name = "SalesBucket")
	record Bucket(String bucket, long orders, long grossPaise, long discountPaise, long gstPaise, long deliveryFeePaise,
			long refundPaise, long netPaise) {

		static Bucket of(String label, OrderFigures figures, long refundPaise) {
			return new Bucket(label, figures.orders(), figures.grossPaise(), figures.discountPaise(), figures.gstPaise(),
					figures.deliveryFeePaise(), refundPaise, figures.totalPaise() - refundPaise);
		}

		static Bucket total(List<Bucket> buckets) {
			return new Bucket("total", buckets.stream().mapToLong(Bucket::orders).sum(),
					buckets.stream().mapToLong(Bucket::grossPaise).sum(),
					buckets.stream().mapToLong(Bucket::discountPaise).sum(),
					buckets.stream().mapToLong(Bucket::gstPaise).sum(),
					buckets.stream().mapToLong(Bucket::deliveryFeePaise).sum(),
					buckets.stream().mapToLong(Bucket::refundPaise).sum(),
					buckets.stream().mapToLong(Bucket::netPaise).sum());
		}

		List<?> cells() {
			return List.of(bucket, orders, CsvTable.rupees(grossPaise), CsvTable.rupees(discountPaise),
					CsvTable.rupees(gstPaise), CsvTable.rupees(deliveryFeePaise), CsvTable.rupees(refundPaise),
					CsvTable.rupees(netPaise));
		}
	}
}
