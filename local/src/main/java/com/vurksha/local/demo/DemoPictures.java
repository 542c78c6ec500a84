package com.vurksha.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives every demo product a picture at the first start of a local system, through the file service exactly as an
 * operator would: a presigned upload of the drawn picture, its completion (verification and the variants), then
 * the product's images. The services are called directly on their ports with the demo operator's token, so the
 * gateway's rate limits do not apply. A marker file in the data folder records that it is done; a start that is
 * interrupted half-way picks up the products still without a picture next time.
 */
public final class DemoPictures {

	/** The demo operator of the local profile (a test number with a fixed code). */
	private static final String OPERATOR_PHONE = "+919000000901";

	private static final String TEST_CODE = "123456";

	/** How often a call answered 503 (retryable) is sent again. */
	private static final int MAX_RETRIES = 10;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final String user;

	private final String product;

	private final String file;

	/** The search service, when the system runs one; null otherwise. */
	private final String search;

	private final Path marker;

	/**
	 * @param ports the services' ports by short name (user, product, file)
	 * @param data the local data folder
	 */
	public DemoPictures(Map<String, Integer> ports, Path data) {
		this.user = "http://127.0.0.1:" + ports.get("user");
		this.product = "http://127.0.0.1:" + ports.get("product");
		this.file = "http://127.0.0.1:" + ports.get("file");
		this.search = ports.containsKey("search") ? "http://127.0.0.1:" + ports.get("search") : null;
		this.marker = data.resolve("demo-pictures.done");
	}

	/** Whether the pictures were made by an earlier start. */
	public boolean done() {
		return Files.exists(marker);
	}

	/** Draws, uploads and attaches a picture for every product that has none; returns how many were made. */
	public int run() throws IOException, InterruptedException {
		awaitSearchIndex();
		String token = signIn();
		int made = 0;
		for (JsonNode item : productsWithoutPictures()) {
			String id = item.path("id").asText();
			byte[] png = ProducePainter.paint(id, item.path("name").asText(id), item.path("category").path("id").asText(""));
			String fileId = upload(token, png);
			send("PUT", product + "/api/v1/admin/products/" + id + "/images", token,
					json.writeValueAsString(Map.of("fileIds", List.of(fileId))), 200);
			made++;
		}
		Files.writeString(marker, "Pictures drawn for the demo catalogue; delete this file to draw missing ones again\n");
		return made;
	}

	/**
	 * Waits (up to two minutes) until the search service answers from its built index: attaching pictures sends an
	 * update of every product, which the index should take once it holds the catalogue's stock rather than while
	 * it is being built at start-up.
	 */
	private void awaitSearchIndex() throws InterruptedException {
		if (search == null) {
			return;
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(search
						+ "/api/v1/search/products?q=tomato")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				JsonNode body = json.readTree(answer.body());
				if (answer.statusCode() == 200 && !body.at("/meta/degraded").asBoolean(false)
						&& body.at("/data/hits").size() > 0) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(1000);
		}
	}

	private String signIn() throws IOException, InterruptedException {
		JsonNode verified = send("POST", user + "/api/v1/auth/otp/verify", null,
				json.writeValueAsString(Map.of("phone", OPERATOR_PHONE, "code", TEST_CODE)), 200);
		return verified.at("/data/accessToken").asText();
	}

	private List<JsonNode> productsWithoutPictures() throws IOException, InterruptedException {
		List<JsonNode> missing = new ArrayList<>();
		for (int page = 1;; page++) {
			JsonNode answer = send("GET", product + "/api/v1/products?limit=100&page=" + page, null, null, 200);
			JsonNode items = answer.path("data");
			items.forEach(item -> {
				if (!hasUploadedPicture(item)) {
					missing.add(item);
				}
			});
			if (items.size() < 100) {
				return missing;
			}
		}
	}

	/** Whether a product shows a picture kept by the file service (the demo data's plain URLs lead nowhere). */
	static boolean hasUploadedPicture(JsonNode product) {
		for (JsonNode image : product.path("images")) {
			if (image.hasNonNull("fileId")) {
				return true;
			}
		}
		return false;
	}

	private String upload(String token, byte[] png) throws IOException, InterruptedException {
		JsonNode ticket = send("POST", file + "/api/v1/files/uploads", token, json.writeValueAsString(
				Map.of("purpose", "product-image", "contentType", "image/png", "sizeBytes", png.length)), 201)
			.path("data");
		HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(ticket.path("url").asText()))
			.timeout(Duration.ofSeconds(30))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(png));
		ticket.path("headers").properties().forEach(header -> {
			if (!header.getKey().equalsIgnoreCase("content-length")) {
				put.header(header.getKey(), header.getValue().asText());
			}
		});
		HttpResponse<String> stored = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
		if (stored.statusCode() != 200) {
			throw new IOException("The storage refused a demo picture: " + stored.statusCode() + " " + stored.body());
		}
		String uploadId = ticket.path("uploadId").asText();
		return send("POST", file + "/api/v1/files/uploads/" + uploadId + "/complete", token, null, 200)
			.at("/data/fileId")
			.asText();
	}

	private JsonNode send(String method, String url, String token, String body, int expected)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		// right after start a service may still be warming up (and every worker may be busy): it says when to retry
		for (int retry = 0; retry < MAX_RETRIES && response.statusCode() == 503; retry++) {
			Thread.sleep(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L) * 1000);
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() != expected) {
			throw new IOException(String.format(Locale.ROOT, "%s %s answered %d: %s", method, url,
					response.statusCode(), response.body()));
		}
		return json.readTree(response.body());
	}
}
