package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/** Orders placed in the range (every status), counted by their status now and by payment method. */
@Component
class OrdersReport {

	static final String COUNTS = """
			select status, payment_method, count(*) as orders
			from reporting.orders_v1
			where placed_at >= :start and placed_at < :end
			group by status, payment_method""";

	/** Listed even when none, in the order an order moves through them. */
	static final List<String> STATUSES = List.of("PENDING_PAYMENT", "CONFIRMED", "PACKED", "OUT_FOR_DELIVERY",
			"DELIVERED", "CANCELLED");

	static final List<String> PAYMENT_METHODS = List.of("COD", "ONLINE");

	private final ReportReads reads;

	OrdersReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<Orders> run(DateRange range) {
		Replicas.Read<Orders> read = read(range);
		Orders orders = read.value();
		List<List<?>> rows = new ArrayList<>();
		orders.byStatus().forEach((status, n) -> rows.add(List.of("status", status, n)));
		orders.byPaymentMethod().forEach((method, n) -> rows.add(List.of("payment_method", method, n)));
		rows.add(List.of("total", "", orders.total()));
		return new Answer<>(orders, read.dataAsOf(), new CsvTable(List.of("dimension", "value", "orders"), rows));
	}

	Replicas.Read<Orders> read(DateRange range) {
		return reads.read(Source.ORDER, jdbc -> {
			Map<String, Long> byStatus = zeros(STATUSES);
			Map<String, Long> byMethod = zeros(PAYMENT_METHODS);
			long total = 0;
			for (Count count : jdbc.sql(COUNTS)
				.param("start", ReportReads.at(range.start()))
				.param("end", ReportReads.at(range.end()))
				.query((rs, row) -> new Count(rs.getString("status"), rs.getString("payment_method"),
						rs.getLong("orders")))
				.list()) {
				byStatus.merge(count.status(), count.orders(), Long::sum);
				byMethod.merge(count.paymentMethod(), count.orders(), Long::sum);
				total += count.orders();
			}
			return new Orders(range.from(), range.to(), total, byStatus, byMethod);
		});
	}

	private static Map<String, Long> zeros(List<String> keys) {
		Map<String, Long> map = new LinkedHashMap<>();
		keys.forEach(key -> map.put(key, 0L));
		return map;
	}

	private record Count(String status, String paymentMethod, long orders) {
	}

	/**
	 * The orders report.
	 *
	 * @param total orders placed in the range, every status
	 * @param byStatus how many of them are in each status now (every status listed)
	 * @param byPaymentMethod how many of them are paid COD or ONLINE
	 */
	@Schema(name = "OrdersReport")
	record Orders(LocalDate from, LocalDate to, long total, Map<String, Long> byStatus,
			Map<String, Long> byPaymentMethod) {
	}
}
