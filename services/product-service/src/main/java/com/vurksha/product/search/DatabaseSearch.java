package com.vurksha.product.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;
import com.vurksha.product.image.ShownImages;

/**
 * Finds active products whose English or Hindi name or a tag contains a word of the search text, on the catalogue's
 * own tables: no typo tolerance and no synonyms, which is why the search service only falls back to it. A name that
 * starts with a word ranks above one with a later word starting with it, above one merely containing it.
 */
@Repository
class DatabaseSearch {

	/** Every active product with its "from" pack: the cheapest one in stock, else the cheapest. */
	private static final String FROM = """
			FROM product p
			JOIN farm f ON f.id = p.farm_id
			JOIN LATERAL (
			    SELECT v.price_paise, v.mrp_paise, coalesce(i.on_hand - i.reserved, 0) >= v.min_quantity AS in_stock
			    FROM variant v LEFT JOIN inventory i ON i.variant_id = v.id
			    WHERE v.product_id = p.id AND v.active
			    ORDER BY in_stock DESC, v.price_paise, v.id
			    LIMIT 1) cheapest ON true
			""";

	private static final String CATEGORY_AND_DESCENDANTS = """
			p.category_id IN (
			    WITH RECURSIVE tree AS (
			        SELECT id FROM category WHERE id = :category OR slug = :category
			        UNION ALL
			        SELECT child.id FROM category child JOIN tree ON child.parent_id = tree.id)
			    SELECT id FROM tree)""";

	private static final String GROWN_BY_FARM = """
			(f.id = :farm OR f.slug = :farm OR EXISTS (
			    SELECT 1 FROM variant fv JOIN farm ff ON ff.id = fv.farm_id
			    WHERE fv.product_id = p.id AND fv.active AND (ff.id = :farm OR ff.slug = :farm)))""";

	private static final String ORGANIC = "('organic' = ANY (p.tags) OR f.certified_organic)";

	/** A name as the search text is compared with it: decomposed and without nukta (see {@link SearchWords}). */
	private static final String NAME = "replace(normalize(p.name, NFD), :nukta, '')";

	private static final String NAME_HI = "replace(normalize(coalesce(p.name_hi, ''), NFD), :nukta, '')";

	private final JdbcClient jdbc;

	DatabaseSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SearchPage search(SearchRequest request, PageQuery page) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("nukta", SearchWords.NUKTA);
		SearchWords words = request.words();
		String from = FROM + "CROSS JOIN LATERAL (SELECT " + score(words, params) + " AS score) relevance\n"
				+ "WHERE p.active" + matches(words) + filters(request, params);
		long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
		List<SearchHit> hits = jdbc.sql("""
				SELECT p.id, p.name, p.name_hi, %s AS image, p.rating_average,
				       cheapest.price_paise, cheapest.mrp_paise, cheapest.in_stock
				""".formatted(ShownImages.FIRST_URL) + from + "\nORDER BY " + request.sort().orderBy() + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query((rs, row) -> hit(rs))
			.list();
		return new SearchPage(hits, total);
	}

	/** Three points for a word the name starts with, two for a later word of the name, one for anywhere. */
	private static String score(SearchWords words, Map<String, Object> params) {
		if (words.isEmpty()) {
			return "0";
		}
		List<String> scores = new ArrayList<>();
		for (int i = 0; i < words.words().size(); i++) {
			params.put("contains" + i, words.contains(i));
			params.put("starts" + i, words.startsWith(i));
			params.put("word" + i, words.startsAWord(i));
			scores.add("CASE WHEN %1$s ILIKE :starts%3$d OR %2$s ILIKE :starts%3$d THEN 3 "
					.formatted(NAME, NAME_HI, i)
					+ "WHEN %1$s ILIKE :word%3$d OR %2$s ILIKE :word%3$d THEN 2 ".formatted(NAME, NAME_HI, i)
					+ "WHEN " + match(i) + " THEN 1 ELSE 0 END");
		}
		return String.join(" + ", scores);
	}

	private static String matches(SearchWords words) {
		if (words.isEmpty()) {
			return "";
		}
		List<String> any = new ArrayList<>();
		for (int i = 0; i < words.words().size(); i++) {
			any.add(match(i));
		}
		return " AND (" + String.join(" OR ", any) + ")";
	}

	private static String match(int i) {
		return "(%1$s ILIKE :contains%3$d OR %2$s ILIKE :contains%3$d OR EXISTS (SELECT 1 FROM unnest(p.tags) tag WHERE tag ILIKE :contains%3$d))"
			.formatted(NAME, NAME_HI, i);
	}

	private static String filters(SearchRequest request, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (request.category() != null) {
			where.append(" AND ").append(CATEGORY_AND_DESCENDANTS);
			params.put("category", request.category());
		}
		if (request.farm() != null) {
			where.append(" AND ").append(GROWN_BY_FARM);
			params.put("farm", request.farm());
		}
		if (request.minPrice() != null) {
			where.append(" AND cheapest.price_paise >= :minPrice");
			params.put("minPrice", request.minPrice());
		}
		if (request.maxPrice() != null) {
			where.append(" AND cheapest.price_paise <= :maxPrice");
			params.put("maxPrice", request.maxPrice());
		}
		if (request.inStock() != null) {
			where.append(" AND cheapest.in_stock = :inStock");
			params.put("inStock", request.inStock());
		}
		if (request.organic() != null) {
			where.append(request.organic() ? " AND " + ORGANIC : " AND NOT " + ORGANIC);
		}
		return where.toString();
	}

	private static SearchHit hit(ResultSet rs) throws SQLException {
		return new SearchHit(rs.getString("id"), rs.getString("name"), rs.getString("name_hi"), rs.getString("image"),
				rs.getLong("price_paise"), rs.getLong("mrp_paise"), rs.getBigDecimal("rating_average").doubleValue(),
				rs.getBoolean("in_stock"), null);
	}

	/** One page of hits and how many there are in all. */
	record SearchPage(List<SearchHit> hits, long total) {
	}
}
