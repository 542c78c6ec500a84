package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * Top products: the lines of the orders the sales report counts (placed in the range, not CANCELLED, not
 * PENDING_PAYMENT), added up per product and pack (variant), ranked by packs sold or by revenue.
 */
@Component
class ProductsReport {

	/** {@code %s} is the ranking's ORDER BY, from {@link Ranking} only. */
	static final String TOP = """
			select product_id, variant_id, max(product_name) as product_name, max(variant_label) as variant_label,
			       sum(quantity) as quantity, sum(line_total_paise) as revenue, count(distinct order_id) as orders
			from reporting.order_lines_v1
			where placed_at >= :start and placed_at < :end and status not in ('CANCELLED', 'PENDING_PAYMENT')
			group by product_id, variant_id
			order by %s, variant_id
			limit :limit""";

	private static final List<String> HEADER = List.of("rank", "product_id", "product_name", "variant_id",
			"variant_label", "quantity", "revenue_rupees", "orders");

	private final ReportReads reads;

	ProductsReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<Top> run(DateRange range, Ranking ranking, int limit) {
		Replicas.Read<List<Product>> read = reads.read(Source.ORDER, jdbc -> jdbc.sql(TOP.formatted(ranking.orderBy))
			.param("start", ReportReads.at(range.start()))
			.param("end", ReportReads.at(range.end()))
			.param("limit", limit)
			.query((rs, row) -> new Product(row + 1, rs.getString("product_id"), rs.getString("product_name"),
					rs.getString("variant_id"), rs.getString("variant_label"), rs.getLong("quantity"),
					rs.getLong("revenue"), rs.getLong("orders")))
			.list());
		return new Answer<>(new Top(range.from(), range.to(), ranking.name().toLowerCase(Locale.ROOT),
				read.value()), read.dataAsOf(), new CsvTable(HEADER, read.value().stream().map(Product::cells).toList()));
	}

	/** What the products are ranked by; ties go to the other figure, then the variant id. */
	enum Ranking {

		QUANTITY("quantity desc, revenue desc"), REVENUE("revenue desc, quantity desc");

		private final String orderBy;

		Ranking(String orderBy) {
			this.orderBy = orderBy;
		}
	}

	/** The top products, best first. */
	@Schema(name = "ProductsReport")
	record Top(LocalDate from, LocalDate to, String sort, List<Product> products) {
	}

	/**
	 * One product's pack.
	 *
	 * @param rank its place, from 1
	 * @param productName its name when (last alphabetically, if it changed) ordered
	 * @param quantity packs sold
	 * @param revenuePaise the lines' totals at the prices charged, GST included, before coupon discounts (which are not
	 * split over lines)
	 * @param orders orders it was in
	 */
	@Schema(name = "ProductReportRow")
	record Product(int rank, String productId, String productName, String variantId, String variantLabel, long quantity,
			long revenuePaise, long orders) {

		List<?> cells() {
			return Arrays.asList(rank, productId, productName, variantId, variantLabel, quantity,
					CsvTable.rupees(revenuePaise), orders);
		}
	}
}
