package com.vurksha.platformtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code reporting} schema as the admin service sees it: the views and their column types, the column lists
 * committed as their contract ({@code reporting/<view>.columns}, lines {@code name type}), and a connection as a
 * login role holding nothing but {@code vurksha_reporting}.
 */
public final class ReportingSchema {

	/** What runs on the reporting reader's connection. */
	@FunctionalInterface
	public interface ReaderWork {

		void run(Connection connection) throws SQLException;

	}

	private ReportingSchema() {
	}

	public static List<String> views(JdbcClient jdbc) {
		return jdbc.sql("SELECT table_name FROM information_schema.views WHERE table_schema = 'reporting' ORDER BY 1")
			.query(String.class)
			.list();
	}

	/** The view's columns in order, each with its type as {@code information_schema.columns.data_type} names it. */
	public static Map<String, String> columnsOf(JdbcClient jdbc, String view) {
		Map<String, String> columns = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT column_name, data_type FROM information_schema.columns
				WHERE table_schema = 'reporting' AND table_name = :view ORDER BY ordinal_position""")
			.param("view", view)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(column -> columns.put(column.getKey(), column.getValue()));
		return columns;
	}

	/** The columns the view promises, from {@code src/test/resources/reporting/<view>.columns}. */
	public static Map<String, String> committedColumns(String view) {
		String resource = "/reporting/" + view + ".columns";
		try (InputStream in = ReportingSchema.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new AssertionError("No committed column list " + resource + " for reporting." + view);
			}
			Map<String, String> columns = new LinkedHashMap<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> {
					String[] parts = line.split("\\s+", 2);
					columns.put(parts[0], parts[1]);
				});
			return columns;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The view's columns that carry no {@code COMMENT ON COLUMN}. */
	public static List<String> uncommentedColumns(JdbcClient jdbc, String view) {
		return jdbc.sql("""
				SELECT a.attname FROM pg_attribute a
				WHERE a.attrelid = ('reporting.' || quote_ident(:view))::regclass AND a.attnum > 0 AND NOT a.attisdropped
				  AND coalesce(col_description(a.attrelid, a.attnum), '') = ''""")
			.param("view", view)
			.query(String.class)
			.list();
	}

	public static String viewComment(JdbcClient jdbc, String view) {
		return jdbc.sql("SELECT obj_description(('reporting.' || quote_ident(:view))::regclass, 'pg_class')")
			.param("view", view)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The service's own tables (every schema but reporting and the system's). */
	public static List<String> ownTables(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
				WHERE table_type = 'BASE TABLE'
				  AND table_schema NOT IN ('reporting', 'pg_catalog', 'information_schema') ORDER BY 1""")
			.query(String.class)
			.list();
	}

	/**
	 * Runs {@code work} connected to the database at {@code url} as a fresh login role whose only privilege is
	 * membership of {@code vurksha_reporting}; the role is dropped afterwards.
	 */
	public static void asReportingReader(JdbcClient jdbc, String url, ReaderWork work) throws SQLException {
		String role = "reporting_reader_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("CREATE ROLE " + role + " LOGIN").update();
		try {
			jdbc.sql("GRANT vurksha_reporting TO " + role).update();
			try (Connection connection = DriverManager.getConnection(url, role, "")) {
				work.run(connection);
			}
		}
		finally {
			jdbc.sql("DROP ROLE " + role).update();
		}
	}
}
