package com.vurksha.files.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.vurksha.files.storage.ObjectStorage;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestInfrastructure;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running file service on the real PostgreSQL, Redis and RabbitMQ and a real S3-compatible server (a bucket
 * per test class), with the delivery service played by WireMock. Uploads go the whole way: presigned PUT with a
 * plain HTTP client, completion through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "vurksha.files.storage.create-bucket=true", "vurksha.files.storage.region=us-east-1",
				"vurksha.files.cleanup.enabled=true",
				"vurksha.files.cleanup.interval=1h" })
@AutoConfigureTestRestTemplate
@Import({ TestTokens.Config.class, TestServiceTokens.class })
public abstract class FileServiceIntegrationTest {

	protected static final String ISSUER = TestTokens.ISSUER;

	private static final WireMockServer DELIVERY = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static {
		DELIVERY.start();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
		var s3 = Storage.server();
		registry.add("vurksha.files.storage.endpoint", s3::endpoint);
		registry.add("vurksha.files.storage.access-key", s3::accessKey);
		registry.add("vurksha.files.storage.secret-key", s3::secretKey);
		String bucket = "files-" + UUID.randomUUID().toString().substring(0, 8);
		registry.add("vurksha.files.storage.bucket", () -> bucket);
		registry.add("vurksha.files.services.delivery", DELIVERY::baseUrl);
		registry.add("vurksha.files.cdn-base-url", () -> "https://cdn.test.vurksha.in/cdn");
	}

	@AfterAll
	static void resetDelivery() {
		DELIVERY.resetAll();
	}

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected ObjectStorage storage;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(rest, json);
	}

	protected static String rider(String userId) {
		return TestTokens.token(userId, List.of("RIDER"), ISSUER, Duration.ofMinutes(15));
	}

	/** The delivery service knows this delivery: its customer, and the rider it is assigned to. */
	protected static void delivery(String deliveryId, String customerId, String riderUserId) {
		DELIVERY.stubFor(get(urlEqualTo("/internal/v1/deliveries/" + deliveryId)).willReturn(aResponse()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"success":true,"data":{"deliveryId":"%s","orderId":"o-1","userId":"%s","riderUserId":"%s",
					 "status":"ARRIVED"}}""".formatted(deliveryId, customerId, riderUserId))));
	}

	protected static void deliveryServiceDown() {
		DELIVERY.stubFor(get(urlPathMatching("/internal/v1/deliveries/.*")).atPriority(1)
			.willReturn(aResponse().withStatus(503)));
	}

	protected static void deliveryServiceBack() {
		DELIVERY.resetAll();
	}

	/** Asks for an upload ticket; the reply as the API gave it. */
	protected Api.Reply start(String token, String purpose, String contentType, long size, String deliveryId) {
		return api.send(HttpMethod.POST, "/api/v1/files/uploads", token, Api.object("purpose", purpose,
				"contentType", contentType, "sizeBytes", size, "deliveryId", deliveryId));
	}

	/** Sends the bytes to the ticket's presigned URL as any HTTP client would (curl -X PUT -H … --data-binary). */
	protected static int put(JsonNode ticket, byte[] bytes) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.get("url").asString()))
			.timeout(Duration.ofSeconds(30))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
		ticket.get("headers").properties().forEach(header -> {
			if (!header.getKey().equalsIgnoreCase("content-length")) {
				request.header(header.getKey(), header.getValue().asString());
			}
		});
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			// a server may close the connection on a body it refuses
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected Api.Reply complete(String token, String uploadId) {
		return api.send(HttpMethod.POST, "/api/v1/files/uploads/" + uploadId + "/complete", token, null);
	}

	/** Start, PUT and complete in one go; the completion's reply. */
	protected Api.Reply upload(String token, String purpose, String contentType, byte[] bytes, String deliveryId) {
		Api.Reply ticket = start(token, purpose, contentType, bytes.length, deliveryId);
		assertThat(ticket.status()).as(ticket.body().toString()).isEqualTo(201);
		assertThat(put(ticket.data(), bytes)).isEqualTo(200);
		return complete(token, ticket.data().get("uploadId").asString());
	}

	/** GETs a URL with a plain client: a presigned download, or the service's own CDN origin. */
	protected static HttpResponse<byte[]> fetch(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The object key of an upload, from the database. */
	protected String uploadKey(String uploadId) {
		return jdbc.sql("select object_key from upload where id = :id::uuid").param("id", uploadId).query(String.class).single();
	}
}
