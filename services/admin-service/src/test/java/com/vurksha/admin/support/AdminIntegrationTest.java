package com.vurksha.admin.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.admin.replica.Source;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

/**
 * One running admin service on the real PostgreSQL: a fresh database of its own (audit log, sessions). Its report
 * connections go to the services' databases made by their own migrations ({@link ServiceDatabases#shared()})
 * as read-only sessions of the primaries, as on a local run; the tests of reports read a real
 * streaming replica instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import(TestTokens.Config.class)
public abstract class AdminIntegrationTest {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		ServiceDatabases services = ServiceDatabases.shared();
		registry.add("vurksha.admin.replicas.require-standby", () -> false);
		registry.add("vurksha.admin.replicas.username", () -> "postgres");
		for (Source source : Source.values()) {
			registry.add("vurksha.admin.replicas.sources." + source.key(), () -> services.jdbcUrl(source));
		}
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
	}
}
