package com.vurksha.local.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from binaries that Maven ships. Its data folder is kept between runs, so what was
 * stored yesterday is still there today; the service databases are created when missing. It runs with production
 * durability ({@code fsync} and {@code synchronous_commit} on), so a local checkout costs what a deployed one does.
 */
public final class LocalPostgres implements AutoCloseable {

	public static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private LocalPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static LocalPostgres start(Path dataDir, int port, Path logFile) throws IOException {
		Files.createDirectories(dataDir);
		Files.createDirectories(logFile.getParent());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			// production durability: the library starts the server with fsync and synchronous_commit off
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.start();
		return new LocalPostgres(postgres);
	}

	public void ensureDatabases(List<String> names) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			for (String name : names) {
				if (!exists(connection, name)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("CREATE DATABASE " + name);
					}
				}
			}
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	private static boolean exists(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}
}
