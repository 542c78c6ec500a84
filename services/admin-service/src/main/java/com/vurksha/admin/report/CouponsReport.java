package com.vurksha.admin.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vurksha.admin.DateRange;
import com.vurksha.admin.replica.Replicas;
import com.vurksha.admin.replica.Source;

/**
 * Coupon use per coupon, over the orders placed with it in the range: a redemption is an order that still counts as
 * a use (not CANCELLED: a cancelled order gives the use back), and the discount given is theirs.
 */
@Component
class CouponsReport {

	static final String COUPONS = """
			select r.coupon_code, c.kind,
			       count(*) filter (where r.counts_as_use) as redemptions,
			       coalesce(sum(r.discount_paise) filter (where r.counts_as_use), 0) as discount,
			       coalesce(sum(r.items_subtotal_paise) filter (where r.counts_as_use), 0) as subtotal,
			       count(*) filter (where not r.counts_as_use) as cancelled
			from reporting.coupon_redemptions_v1 r
			left join reporting.coupons_v1 c on c.code = r.coupon_code
			where r.placed_at >= :start and r.placed_at < :end
			group by r.coupon_code, c.kind
			order by redemptions desc, discount desc, r.coupon_code""";

	private static final List<String> HEADER = List.of("coupon_code", "kind", "redemptions", "discount_rupees",
			"items_subtotal_rupees", "cancelled_orders");

	private final ReportReads reads;

	CouponsReport(ReportReads reads) {
		this.reads = reads;
	}

	Answer<Coupons> run(DateRange range) {
		Replicas.Read<List<Coupon>> read = reads.read(Source.ORDER, jdbc -> jdbc.sql(COUPONS)
			.param("start", ReportReads.at(range.start()))
			.param("end", ReportReads.at(range.end()))
			.query((rs, row) -> new Coupon(rs.getString("coupon_code"), rs.getString("kind"), rs.getLong("redemptions"),
					rs.getLong("discount"), rs.getLong("subtotal"), rs.getLong("cancelled")))
			.list());
		return new Answer<>(new Coupons(range.from(), range.to(), read.value()), read.dataAsOf(),
				new CsvTable(HEADER, read.value().stream().map(Coupon::cells).toList()));
	}

	/** The coupons used in the range, most redeemed first. */
	@Schema(name = "CouponsReport")
	record Coupons(LocalDate from, LocalDate to, List<Coupon> coupons) {
	}

	/**
	 * One coupon's use.
	 *
	 * @param kind PERCENT or FLAT (null if the coupon is no longer known)
	 * @param redemptions orders placed with it that still count as a use (not CANCELLED; PENDING_PAYMENT counts)
	 * @param discountPaise the discount those orders got
	 * @param itemsSubtotalPaise those orders' items before the discount
	 * @param cancelledOrders orders placed with it and since cancelled (not counted)
	 */
	@Schema(name = "CouponReportRow")
	record Coupon(String code, String kind, long redemptions, long discountPaise, long itemsSubtotalPaise,
			long cancelledOrders) {

		List<?> cells() {
			return Arrays.asList(code, kind, redemptions, CsvTable.rupees(discountPaise),
					CsvTable.rupees(itemsSubtotalPaise), cancelledOrders);
		}
	}
}
