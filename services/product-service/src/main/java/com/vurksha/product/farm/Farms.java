package com.vurksha.product.farm;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.vurksha.platform.api.PageQuery;

/** The stored farms. */
@Repository
public class Farms {

	private static final String COLUMNS = "id, slug, name, village, district, state, description, certified_organic";

	private final JdbcClient jdbc;

	Farms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Finds a farm by id or slug, so that URLs may use either. */
	public Optional<Farm> find(String idOrSlug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM farm WHERE id = :key OR slug = :key")
			.param("key", idOrSlug)
			.query(Farm.class)
			.optional();
	}

	List<Farm> page(PageQuery page) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM farm ORDER BY name, id LIMIT :limit OFFSET :offset")
			.param("limit", page.limit())
			.param("offset", page.offset())
			.query(Farm.class)
			.list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM farm").query(Long.class).single();
	}

	void insert(Farm farm) {
		jdbc.sql("""
				INSERT INTO farm (id, slug, name, village, district, state, description, certified_organic)
				VALUES (:id, :slug, :name, :village, :district, :state, :description, :certifiedOrganic)""")
			.paramSource(farm)
			.update();
	}
}
