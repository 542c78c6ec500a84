package com.vurksha.product.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.product.image.ShownImages;

/**
 * The catalogue as a search index needs it, for a full rebuild: every active product with its names, category and
 * farm names, rating and active packs with their sellable stock, in a stable order (by id) so that paging through a
 * catalogue that changes meanwhile misses nothing that existed at the start.
 */
@Repository
class SearchFeed {

	private static final String PRODUCTS = """
			SELECT p.id, p.slug, p.name, p.name_hi, p.tags, %s AS images,
			       p.rating_average, p.rating_count, p.created_at,
			       c.id AS c_id, c.name AS c_name, c.name_hi AS c_name_hi,
			       f.id AS f_id, f.name AS f_name, f.certified_organic
			FROM product p JOIN category c ON c.id = p.category_id JOIN farm f ON f.id = p.farm_id
			WHERE p.active
			ORDER BY p.id
			LIMIT :limit OFFSET :offset""".formatted(ShownImages.URLS);

	private static final String PACKS = """
			SELECT v.id, v.product_id, v.unit, v.unit_value, v.price_paise, v.mrp_paise, v.min_quantity,
			       coalesce(i.on_hand - i.reserved, 0) AS available
			FROM variant v LEFT JOIN inventory i ON i.variant_id = v.id
			WHERE v.product_id = ANY (:ids) AND v.active
			ORDER BY v.sort_order, v.price_paise, v.id""";

	private final JdbcClient jdbc;

	SearchFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FeedProduct> page(PageQuery page) {
		List<FeedProduct> products = jdbc.sql(PRODUCTS)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, row) -> product(rs))
			.list();
		if (products.isEmpty()) {
			return products;
		}
		Map<String, String> parents = new HashMap<>();
		jdbc.sql("SELECT id, parent_id FROM category")
			.query((rs, row) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2))))
			.list()
			.forEach(entry -> parents.put(entry.getKey(), entry.getValue().orElse(null)));
		Map<String, List<FeedPack>> packs = new LinkedHashMap<>();
		jdbc.sql(PACKS)
			.param("ids", products.stream().map(FeedProduct::id).toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString("product_id"), pack(rs)))
			.list()
			.forEach(entry -> packs.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
		return products.stream()
			.map(product -> product.with(path(product.categoryId(), parents), packs.getOrDefault(product.id(), List.of())))
			.toList();
	}

	/** The category and its ancestors, the top-level one first. */
	static List<String> path(String categoryId, Map<String, String> parents) {
		List<String> path = new ArrayList<>();
		for (String id = categoryId; id != null && !path.contains(id); id = parents.get(id)) {
			path.add(0, id);
		}
		return List.copyOf(path);
	}

	long total() {
		return jdbc.sql("SELECT count(*) FROM product WHERE active").query(Long.class).single();
	}

	private static FeedProduct product(ResultSet rs) throws SQLException {
		return new FeedProduct(rs.getString("id"), rs.getString("slug"), rs.getString("name"), rs.getString("name_hi"),
				rs.getString("c_id"), rs.getString("c_name"), rs.getString("c_name_hi"), List.of(), rs.getString("f_id"),
				rs.getString("f_name"), rs.getBoolean("certified_organic"), strings(rs.getArray("tags")),
				strings(rs.getArray("images")), rs.getBigDecimal("rating_average").doubleValue(),
				rs.getInt("rating_count"), rs.getTimestamp("created_at").toInstant(), List.of());
	}

	private static FeedPack pack(ResultSet rs) throws SQLException {
		Measure measure = new Measure(Unit.valueOf(rs.getString("unit")), rs.getInt("unit_value"));
		int available = rs.getInt("available");
		return new FeedPack(rs.getString("id"), measure.label(), rs.getLong("price_paise"), rs.getLong("mrp_paise"),
				Math.max(available, 0), available >= rs.getInt("min_quantity"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * One product of the feed. {@code categoryPath} is its category with the ancestors, top-level first;
	 * {@code farmOrganic} is whether its farm is certified organic; prices are paise.
	 */
	record FeedProduct(String id, String slug, String name, String nameHi, String categoryId, String categoryName,
			String categoryNameHi, List<String> categoryPath, String farmId, String farmName, boolean farmOrganic,
			List<String> tags, List<String> images, double ratingAverage, int ratingCount, Instant createdAt,
			List<FeedPack> packs) {

		FeedProduct with(List<String> categoryPath, List<FeedPack> packs) {
			return new FeedProduct(id, slug, name, nameHi, categoryId, categoryName, categoryNameHi, categoryPath,
					farmId, farmName, farmOrganic, tags, images, ratingAverage, ratingCount, createdAt,
					List.copyOf(packs));
		}
	}

	/** One active pack: its label ("500 g"), price and MRP in paise, and the packs that can be sold now. */
	record FeedPack(String id, String label, long price, long mrp, int available, boolean inStock) {
	}
}
