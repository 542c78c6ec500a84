package com.vurksha.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded servers a local run stands on, each started for real. */
class LocalInfrastructureIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsDatabaseContentsAcrossRestarts() throws Exception {
		int port = freePort();
		try (LocalPostgres postgres = start(port)) {
			postgres.ensureDatabases(List.of("vurksha_demo"));
			sql(postgres, "CREATE TABLE farm (name text)", "INSERT INTO farm VALUES ('Nandi Hills Organics')");
		}

		try (LocalPostgres postgres = start(port)) {
			postgres.ensureDatabases(List.of("vurksha_demo"));
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("vurksha_demo"), "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT name FROM farm")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("Nandi Hills Organics");
			}
		}
	}

	@Test
	void runsWithProductionDurability() throws Exception {
		try (LocalPostgres postgres = start(freePort());
				Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "fsync")).isEqualTo("on");
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
		}
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	@Test
	void servesRedis() throws Exception {
		int port = freePort();
		try (LocalRedis redis = LocalRedis.start(port); Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			assertThat(in.readLine()).isEqualTo("+PONG");
		}
	}

	@Test
	void acceptsRabbitMqQueueArgumentsAndDeliversMessages() throws Exception {
		int port = freePort();
		try (LocalBroker broker = LocalBroker.start(port, dataDir.resolve("broker"))) {
			ConnectionFactory factory = new ConnectionFactory();
			factory.setHost("127.0.0.1");
			factory.setPort(port);
			factory.setVirtualHost(LocalBroker.VIRTUAL_HOST);
			try (com.rabbitmq.client.Connection connection = factory.newConnection();
					Channel channel = connection.createChannel()) {
				channel.exchangeDeclare("events.dlx", "topic", true);
				channel.queueDeclare("orders", true, false, false,
						Map.of("x-dead-letter-exchange", "events.dlx", "x-queue-type", "quorum"));
				channel.basicPublish("", "orders", null, "placed".getBytes(StandardCharsets.UTF_8));

				GetResponse message = channel.basicGet("orders", true);

				assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo("placed");
			}
		}
	}

	private LocalPostgres start(int port) throws Exception {
		return LocalPostgres.start(dataDir.resolve("postgres"), port, dataDir.resolve("logs/postgres.log"));
	}

	private static void sql(LocalPostgres postgres, String... statements) throws Exception {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("vurksha_demo"), "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
