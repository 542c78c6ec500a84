package com.vurksha.product.catalog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.vurksha.product.image.ShownImages;

/**
 * Reads many variants at once, straight from the database: carts use it to show prices that checkout will honour,
 * so it never answers from the catalogue cache.
 */
@Repository
class VariantLookup {

	static final int MAX_IDS = 100;

	private final JdbcClient jdbc;

	VariantLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The variants among {@code ids} that exist, in the order asked; unknown ids are left out. */
	@Transactional(readOnly = true)
	List<VariantAvailability> find(List<String> ids) {
		return jdbc.sql("""
				SELECT v.id, v.product_id, p.name, v.unit, v.unit_value, v.price_paise, v.mrp_paise,
				       v.min_quantity, v.step_quantity, v.max_per_order, v.active AND p.active AS active,
				       %s AS image_url, p.gst_rate_bp,
				       greatest(coalesce(i.on_hand - i.reserved, 0), 0) AS available
				FROM variant v JOIN product p ON p.id = v.product_id
				LEFT JOIN inventory i ON i.variant_id = v.id
				WHERE v.id = ANY(:ids)
				ORDER BY array_position(:ids, v.id)""".formatted(ShownImages.FIRST_URL))
			.param("ids", ids.toArray(String[]::new))
			.query((rs, row) -> {
				Unit unit = Unit.valueOf(rs.getString("unit"));
				int available = rs.getInt("available");
				boolean active = rs.getBoolean("active");
				int min = rs.getInt("min_quantity");
				return new VariantAvailability(rs.getString("id"), rs.getString("product_id"), rs.getString("name"),
						new Measure(unit, rs.getInt("unit_value")).label(), unit, rs.getInt("unit_value"),
						rs.getLong("price_paise"), rs.getLong("mrp_paise"), "INR", available, active && available >= min,
						min, rs.getInt("step_quantity"), rs.getInt("max_per_order"), active, rs.getString("image_url"),
						rs.getInt("gst_rate_bp"));
			})
			.list();
	}
}
