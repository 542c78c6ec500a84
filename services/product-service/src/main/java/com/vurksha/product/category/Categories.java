package com.vurksha.product.category;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored categories. */
@Repository
public class Categories {

	private static final String COLUMNS = "id, slug, name, name_hi, parent_id, sort_order";

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY sort_order, name").query(Category.class).list();
	}

	/** Finds a category by id or slug, so that URLs may use either. */
	public Optional<Category> find(String idOrSlug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE id = :key OR slug = :key")
			.param("key", idOrSlug)
			.query(Category.class)
			.optional();
	}

	void insert(Category category) {
		jdbc.sql("""
				INSERT INTO category (id, slug, name, name_hi, parent_id, sort_order)
				VALUES (:id, :slug, :name, :nameHi, :parentId, :sortOrder)""")
			.paramSource(category)
			.update();
	}
}
