package com.vurksha.product.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.product.catalog.Refs.CategoryRef;
import com.vurksha.product.catalog.Refs.FarmRef;
import com.vurksha.product.catalog.Refs.GrowerRef;
import com.vurksha.product.catalog.Refs.Rating;
import com.vurksha.product.image.ProductImage;
import com.vurksha.product.image.ProductImages;

/** Reads products for the shop window: filtered pages of summaries and full product pages. */
@Repository
class ProductQueries {

	/**
	 * Every active product with its "from" variant: the cheapest one in stock, else the cheapest. A product with no
	 * active variant cannot be bought and is left out.
	 */
	private static final String FROM = """
			FROM product p
			JOIN category c ON c.id = p.category_id
			JOIN farm f ON f.id = p.farm_id
			JOIN LATERAL (
			    SELECT v.price_paise, v.mrp_paise, v.unit, v.unit_value,
			           coalesce(i.on_hand - i.reserved, 0) >= v.min_quantity AS in_stock
			    FROM variant v LEFT JOIN inventory i ON i.variant_id = v.id
			    WHERE v.product_id = p.id AND v.active
			    ORDER BY in_stock DESC, v.price_paise, v.id
			    LIMIT 1) cheapest ON true
			WHERE p.active""";

	private static final String CATEGORY_AND_DESCENDANTS = """
			AND p.category_id IN (
			    WITH RECURSIVE tree AS (
			        SELECT id FROM category WHERE id = :category OR slug = :category
			        UNION ALL
			        SELECT child.id FROM category child JOIN tree ON child.parent_id = tree.id)
			    SELECT id FROM tree)""";

	private static final String GROWN_BY_FARM = """
			AND (f.id = :farm OR f.slug = :farm OR EXISTS (
			    SELECT 1 FROM variant fv JOIN farm ff ON ff.id = fv.farm_id
			    WHERE fv.product_id = p.id AND fv.active AND (ff.id = :farm OR ff.slug = :farm)))""";

	private static final String PRODUCT = """
			SELECT p.*, c.slug AS c_slug, c.name AS c_name, c.name_hi AS c_name_hi,
			       f.slug AS f_slug, f.name AS f_name, f.village, f.district, f.state, f.certified_organic
			FROM product p JOIN category c ON c.id = p.category_id JOIN farm f ON f.id = p.farm_id
			WHERE (p.id = :key OR p.slug = :key) AND (p.active OR :includeInactive)""";

	private static final String VARIANTS = """
			SELECT v.*, coalesce(vf.id, pf.id) AS grower_id, coalesce(vf.name, pf.name) AS grower_name,
			       coalesce(i.on_hand - i.reserved, 0) AS available
			FROM variant v
			JOIN product p ON p.id = v.product_id
			JOIN farm pf ON pf.id = p.farm_id
			LEFT JOIN farm vf ON vf.id = v.farm_id
			LEFT JOIN inventory i ON i.variant_id = v.id
			WHERE v.product_id = :productId AND (v.active OR :includeInactive)
			ORDER BY v.sort_order, v.price_paise, v.id""";

	private final JdbcClient jdbc;

	private final ProductImages images;

	ProductQueries(JdbcClient jdbc, ProductImages images) {
		this.jdbc = jdbc;
		this.images = images;
	}

	ProductPage page(ProductFilter filter, PageQuery page) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(FROM);
		if (filter.category() != null) {
			where.append('\n').append(CATEGORY_AND_DESCENDANTS);
			params.put("category", filter.category());
		}
		if (filter.farm() != null) {
			where.append('\n').append(GROWN_BY_FARM);
			params.put("farm", filter.farm());
		}
		if (filter.tag() != null) {
			where.append(" AND :tag = ANY (p.tags)");
			params.put("tag", filter.tag());
		}
		if (filter.inStock() != null) {
			where.append(" AND cheapest.in_stock = :inStock");
			params.put("inStock", filter.inStock());
		}
		long total = jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
		List<ProductSummary> items = jdbc.sql("""
				SELECT p.id, p.slug, p.name, p.name_hi, p.images, p.rating_average, p.rating_count,
				       c.id AS c_id, c.slug AS c_slug, c.name AS c_name, c.name_hi AS c_name_hi, f.name AS f_name,
				       cheapest.*
				""" + where + " ORDER BY " + filter.sort().orderBy() + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, row) -> summary(rs))
			.list();
		return new ProductPage(withUploadedImages(items), total);
	}

	Optional<ProductDetail> detail(String idOrSlug, boolean includeInactive) {
		return jdbc.sql(PRODUCT)
			.param("key", idOrSlug)
			.param("includeInactive", includeInactive)
			.query((rs, row) -> detail(rs))
			.optional()
			.map(product -> product.withUploadedImages(images.of(product.id())))
			.map(product -> product.withVariants(variants(product.id(), includeInactive)));
	}

	private List<ProductSummary> withUploadedImages(List<ProductSummary> items) {
		Map<String, List<ProductImage>> uploaded = images.of(items.stream().map(ProductSummary::id).toList());
		return items.stream()
			.map(item -> uploaded.containsKey(item.id()) ? item.withImages(uploaded.get(item.id())) : item)
			.toList();
	}

	private List<VariantView> variants(String productId, boolean includeInactive) {
		return jdbc.sql(VARIANTS)
			.param("productId", productId)
			.param("includeInactive", includeInactive)
			.query((rs, row) -> variant(rs))
			.list();
	}

	private static ProductSummary summary(ResultSet rs) throws SQLException {
		Measure measure = new Measure(Unit.valueOf(rs.getString("unit")), rs.getInt("unit_value"));
		return new ProductSummary(rs.getString("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("name_hi"), null, null, List.of(), category(rs, rs.getString("c_id")),
				rs.getString("f_name"), rs.getLong("price_paise"), rs.getLong("mrp_paise"), measure.label(),
				Price.CURRENCY, rs.getBoolean("in_stock"), rating(rs))
			.withImages(ProductPictures.shown(List.of(), strings(rs.getArray("images"))));
	}

	private static ProductDetail detail(ResultSet rs) throws SQLException {
		FarmRef farm = new FarmRef(rs.getString("farm_id"), rs.getString("f_slug"), rs.getString("f_name"),
				rs.getString("village"), rs.getString("district"), rs.getString("state"),
				rs.getBoolean("certified_organic"));
		List<ProductImage> shown = ProductPictures.shown(List.of(), strings(rs.getArray("images")));
		return new ProductDetail(rs.getString("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("name_hi"), rs.getString("description"), category(rs, rs.getString("category_id")), farm,
				strings(rs.getArray("tags")), shown, ProductPictures.imageUrl(shown), rs.getString("hsn_code"),
				rs.getInt("gst_rate_bp"), rs.getBoolean("active"), false, rs.getInt("popularity"), rating(rs),
				Price.CURRENCY, rs.getTimestamp("created_at").toInstant(), List.of());
	}

	private static VariantView variant(ResultSet rs) throws SQLException {
		Measure measure = new Measure(Unit.valueOf(rs.getString("unit")), rs.getInt("unit_value"));
		Price price = new Price(rs.getLong("price_paise"), rs.getLong("mrp_paise"));
		int minQuantity = rs.getInt("min_quantity");
		return new VariantView(rs.getString("id"), measure.label(), measure.unit(), measure.value(), price.price(),
				price.mrp(), Price.CURRENCY, price.discountPercent(), measure.pricePerKg(price.price()),
				measure.pricePerLitre(price.price()), minQuantity, rs.getInt("step_quantity"),
				rs.getInt("max_per_order"), rs.getInt("available") >= minQuantity, rs.getBoolean("active"),
				new GrowerRef(rs.getString("grower_id"), rs.getString("grower_name")));
	}

	private static CategoryRef category(ResultSet rs, String id) throws SQLException {
		return new CategoryRef(id, rs.getString("c_slug"), rs.getString("c_name"), rs.getString("c_name_hi"));
	}

	private static Rating rating(ResultSet rs) throws SQLException {
		return new Rating(rs.getBigDecimal("rating_average").doubleValue(), rs.getInt("rating_count"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
