package com.vurksha.product.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes products and variants. */
@Repository
class ProductStore {

	private final JdbcClient jdbc;

	ProductStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads a product (active or not) by id or slug, locking it so concurrent edits apply one after another. */
	Optional<ProductRow> lock(String idOrSlug) {
		return jdbc.sql("SELECT * FROM product WHERE id = :key OR slug = :key FOR UPDATE")
			.param("key", idOrSlug)
			.query((rs, row) -> product(rs))
			.optional();
	}

	void insert(ProductRow product, Instant at) {
		jdbc.sql("""
				INSERT INTO product (id, slug, name, name_hi, description, category_id, farm_id, tags, images, hsn_code,
				                     gst_rate_bp, active, popularity, created_at, updated_at)
				VALUES (:id, :slug, :name, :nameHi, :description, :categoryId, :farmId, :tags, :images, :hsnCode,
				        :gstRate, :active, :popularity, :at, :at)""")
			.params(productParams(product))
			.param("at", Timestamp.from(at))
			.update();
	}

	void update(ProductRow product, Instant at) {
		jdbc.sql("""
				UPDATE product SET slug = :slug, name = :name, name_hi = :nameHi, description = :description,
				       category_id = :categoryId, farm_id = :farmId, tags = :tags, images = :images,
				       hsn_code = :hsnCode, gst_rate_bp = :gstRate, active = :active, popularity = :popularity,
				       updated_at = :at
				WHERE id = :id""")
			.params(productParams(product))
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<VariantRow> variant(String productId, String variantId) {
		return jdbc.sql("SELECT * FROM variant WHERE id = :variantId AND product_id = :productId FOR UPDATE")
			.param("variantId", variantId)
			.param("productId", productId)
			.query((rs, row) -> variant(rs))
			.optional();
	}

	void insert(VariantRow variant, Instant at) {
		jdbc.sql("""
				INSERT INTO variant (id, product_id, unit, unit_value, price_paise, mrp_paise, min_quantity,
				                     step_quantity, max_per_order, farm_id, sort_order, active, created_at, updated_at)
				VALUES (:id, :productId, :unit, :unitValue, :price, :mrp, :minQuantity, :stepQuantity, :maxPerOrder,
				        :farmId, :sortOrder, :active, :at, :at)""")
			.params(variantParams(variant))
			.param("at", Timestamp.from(at))
			.update();
	}

	void update(VariantRow variant, Instant at) {
		jdbc.sql("""
				UPDATE variant SET price_paise = :price, mrp_paise = :mrp, min_quantity = :minQuantity,
				       step_quantity = :stepQuantity, max_per_order = :maxPerOrder, farm_id = :farmId,
				       sort_order = :sortOrder, active = :active, updated_at = :at
				WHERE id = :id""")
			.params(variantParams(variant))
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Map<String, Object> productParams(ProductRow product) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", product.id());
		params.put("slug", product.slug());
		params.put("name", product.name());
		params.put("nameHi", product.nameHi());
		params.put("description", product.description());
		params.put("categoryId", product.categoryId());
		params.put("farmId", product.farmId());
		params.put("tags", product.tags().toArray(String[]::new));
		params.put("images", product.images().toArray(String[]::new));
		params.put("hsnCode", product.hsnCode());
		params.put("gstRate", product.gstRate());
		params.put("active", product.active());
		params.put("popularity", product.popularity());
		return params;
	}

	private static Map<String, Object> variantParams(VariantRow variant) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", variant.id());
		params.put("productId", variant.productId());
		params.put("unit", variant.unit().name());
		params.put("unitValue", variant.unitValue());
		params.put("price", variant.price());
		params.put("mrp", variant.mrp());
		params.put("minQuantity", variant.minQuantity());
		params.put("stepQuantity", variant.stepQuantity());
		params.put("maxPerOrder", variant.maxPerOrder());
		params.put("farmId", variant.farmId());
		params.put("sortOrder", variant.sortOrder());
		params.put("active", variant.active());
		return params;
	}

	private static ProductRow product(ResultSet rs) throws SQLException {
		return new ProductRow(rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("name_hi"),
				rs.getString("description"), rs.getString("category_id"), rs.getString("farm_id"),
				strings(rs.getArray("tags")), strings(rs.getArray("images")), rs.getString("hsn_code"),
				rs.getInt("gst_rate_bp"), rs.getBoolean("active"), rs.getInt("popularity"));
	}

	private static VariantRow variant(ResultSet rs) throws SQLException {
		return new VariantRow(rs.getString("id"), rs.getString("product_id"), Unit.valueOf(rs.getString("unit")),
				rs.getInt("unit_value"), rs.getLong("price_paise"), rs.getLong("mrp_paise"), rs.getInt("min_quantity"),
				rs.getInt("step_quantity"), rs.getInt("max_per_order"), rs.getString("farm_id"),
				rs.getInt("sort_order"), rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
