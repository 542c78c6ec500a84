package com.vurksha.order.coupon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.order.pricing.Coupon;
import com.vurksha.order.pricing.CouponKind;

import static com.vurksha.platform.jdbc.SqlTimestamps.utc;

/** The coupons, looked up by code regardless of case. */
@Repository
public class Coupons {

	private final JdbcClient jdbc;

	Coupons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Coupon> find(String code) {
		return jdbc.sql("SELECT * FROM coupon WHERE code = :code")
			.param("code", normalised(code))
			.query((rs, n) -> coupon(rs))
			.optional();
	}

	List<Coupon> all() {
		return jdbc.sql("SELECT * FROM coupon ORDER BY valid_from DESC, code").query((rs, n) -> coupon(rs)).list();
	}

	/** Adds the coupon; returns false when its code is taken. */
	boolean add(Coupon coupon) {
		return jdbc.sql("""
				INSERT INTO coupon (code, kind, amount, max_discount, min_order, valid_from, valid_to, per_customer_limit)
				VALUES (:code, :kind, :amount, :max, :min, :from, :to, :limit) ON CONFLICT (code) DO NOTHING""")
			.param("code", coupon.code())
			.param("kind", coupon.kind().name())
			.param("amount", coupon.amount())
			.param("max", coupon.maxDiscount())
			.param("min", coupon.minOrder())
			.param("from", utc(coupon.validFrom()))
			.param("to", (coupon.validTo() != null) ? utc(coupon.validTo()) : null)
			.param("limit", coupon.perCustomerLimit())
			.update() == 1;
	}

	static String normalised(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	private static Coupon coupon(ResultSet rs) throws SQLException {
		OffsetDateTime to = rs.getObject("valid_to", OffsetDateTime.class);
		return new Coupon(rs.getString("code"), CouponKind.valueOf(rs.getString("kind")), rs.getLong("amount"),
				(Long) rs.getObject("max_discount"), rs.getLong("min_order"),
				rs.getObject("valid_from", OffsetDateTime.class).toInstant(), (to != null) ? to.toInstant() : null,
				rs.getInt("per_customer_limit"));
	}
}
