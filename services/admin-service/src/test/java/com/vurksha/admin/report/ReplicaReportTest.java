package com.vurksha.admin.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import com.vurksha.admin.replica.Source;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;

/**
 * One running admin service whose reports read the {@link Shop}'s databases on its real streaming replica, as the
 * reporting-only role, with a standby required (as in production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@Import(TestTokens.Config.class)
@ExtendWith(Shop.Closer.class)
abstract class ReplicaReportTest {

	@DynamicPropertySource
	static void replicas(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		Shop shop = Shop.get();
		registry.add("vurksha.admin.replicas.require-standby", () -> true);
		registry.add("vurksha.admin.replicas.username", shop::role);
		registry.add("vurksha.admin.replicas.connect-timeout", () -> "1s");
		for (Source source : Source.values()) {
			registry.add("vurksha.admin.replicas.sources." + source.key(), () -> shop.replicaUrl(source));
		}
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	protected Api api;

	protected Shop shop;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
		shop = Shop.get();
	}

	/** A report as an admin. */
	protected Api.Reply report(String pathAndQuery) {
		return api.get("/api/v1/admin/reports/" + pathAndQuery, TestTokens.admin());
	}

	/** A report as text, with the given Accept header (null for none). */
	protected ResponseEntity<String> text(String pathAndQuery, String accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(TestTokens.admin());
		if (accept != null) {
			headers.set(HttpHeaders.ACCEPT, accept);
		}
		return rest.exchange("/api/v1/admin/reports/" + pathAndQuery, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}
}
