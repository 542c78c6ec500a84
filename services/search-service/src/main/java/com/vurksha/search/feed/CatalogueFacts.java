package com.vurksha.search.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What events do not carry in full: sellable stock per variant, and category and farm names. */
@Repository
class CatalogueFacts {

	private final JdbcClient jdbc;

	CatalogueFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a variant's sellable packs.
	 * @return whether the variant went from sold out to sellable or back, or was not known yet: only then does its
	 * product's document change (the index keeps whether a pack can be bought, not how many are left)
	 */
	boolean stock(String variantId, String productId, int available) {
		Integer before = jdbc.sql("SELECT available FROM variant_stock WHERE variant_id = :variantId FOR UPDATE")
			.param("variantId", variantId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		int now = Math.max(available, 0);
		jdbc.sql("""
				INSERT INTO variant_stock (variant_id, product_id, available) VALUES (:variantId, :productId, :available)
				ON CONFLICT (variant_id) DO UPDATE SET available = EXCLUDED.available, updated_at = now()""")
			.param("variantId", variantId)
			.param("productId", productId)
			.param("available", now)
			.update();
		return before == null || (before > 0) != (now > 0);
	}

	/** Sellable packs by variant id, for the variants of a product that have a stock record. */
	Map<String, Integer> stockOf(String productId) {
		return jdbc.sql("SELECT variant_id, available FROM variant_stock WHERE product_id = :productId")
			.param("productId", productId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Records that an event about the product, raised at {@code occurredAt}, is being applied.
	 * @return false when a newer event about the product was applied already (this one is stale)
	 */
	boolean newest(String productId, Instant occurredAt) {
		return jdbc.sql("""
				INSERT INTO product_event_time (product_id, occurred_at) VALUES (:productId, :at)
				ON CONFLICT (product_id) DO UPDATE SET occurred_at = EXCLUDED.occurred_at
				WHERE product_event_time.occurred_at <= EXCLUDED.occurred_at""")
			.param("productId", productId)
			.param("at", Timestamp.from(occurredAt))
			.update() == 1;
	}

	void category(String id, String name, String nameHi, List<String> path) {
		jdbc.sql("""
				INSERT INTO category_name (id, name, name_hi, path) VALUES (:id, :name, :nameHi, :path)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_hi = EXCLUDED.name_hi, path = EXCLUDED.path""")
			.param("id", id)
			.param("name", name)
			.param("nameHi", nameHi)
			.param("path", (path == null) ? new String[0] : path.toArray(String[]::new))
			.update();
	}

	void farm(String id, String name, boolean organic) {
		jdbc.sql("""
				INSERT INTO farm_name (id, name, organic) VALUES (:id, :name, :organic)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, organic = EXCLUDED.organic""")
			.param("id", id)
			.param("name", name)
			.param("organic", organic)
			.update();
	}

	Optional<Named> categoryName(String id) {
		return jdbc.sql("SELECT name, name_hi, path FROM category_name WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Named(rs.getString(1), rs.getString(2), false,
					List.of((String[]) rs.getArray(3).getArray())))
			.optional();
	}

	Optional<Named> farmName(String id) {
		return jdbc.sql("SELECT name, organic FROM farm_name WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Named(rs.getString(1), null, rs.getBoolean(2), List.of()))
			.optional();
	}

	/**
	 * A category's or farm's names; {@code organic} only for a certified-organic farm, {@code path} only for a
	 * category (itself and its ancestors, top-level first).
	 */
	record Named(String name, String nameHi, boolean organic, List<String> path) {
	}
}
