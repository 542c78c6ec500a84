package com.vurksha.e2e;

import static com.vurksha.e2e.Journeys.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.vurksha.local.LocalSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An operator photographs a product and the app shows it: the demo catalogue has pictures drawn at first start;
 * a new photo goes straight to the storage with a presigned PUT, is verified and resized by the file service,
 * attached to the product, and every size loads through the gateway's {@code /cdn} with a year-long immutable cache.
 *
 * <p>Runs when the local system starts the file service (a {@code file} entry in {@link LocalSettings#SERVICE_PORTS}).
 */
@ExtendWith(RunningSystem.class)
@EnabledIf("fileServiceRuns")
class ProductPictureJourneyIntegrationTests {

	private static final String OPERATOR = "+919000000901";

	private static final String PRODUCT = "prd-okra";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static Gateway gateway;

	private static Journeys journeys;

	static boolean fileServiceRuns() {
		return LocalSettings.SERVICE_PORTS.containsKey("file");
	}

	@BeforeAll
	static void connect(RunningSystem system) {
		gateway = system.gateway();
		journeys = new Journeys(gateway);
	}

	@Test
	void anOperatorsPhotoShowsOnTheProductInEverySizeFromTheCdn() throws Exception {
		String operator = journeys.signIn(OPERATOR);
		// the demo pictures are drawn in the background once the services are ready
		assertThat(eventually(Duration.ofSeconds(120), () -> !uploadedPictures(product()).isEmpty()))
			.as("the demo product has a picture drawn at first start").isTrue();
		List<String> before = uploadedPictures(product());

		byte[] photo = photo();
		Gateway.Reply ticket = gateway.post("/api/v1/files/uploads", """
				{"purpose":"product-image","contentType":"image/png","sizeBytes":%d}""".formatted(photo.length), operator);
		assertThat(ticket.status()).as(ticket.envelope().toString()).isEqualTo(201);
		assertThat(put(ticket.data(), photo)).isEqualTo(200);
		Gateway.Reply file = gateway.post("/api/v1/files/uploads/" + ticket.data().path("uploadId").asString()
				+ "/complete", "{}", operator);
		assertThat(file.status()).as(file.envelope().toString()).isEqualTo(200);
		String fileId = file.data().path("fileId").asString();
		try {
			Gateway.Reply attached = gateway.put("/api/v1/admin/products/" + PRODUCT + "/images",
					"{\"fileIds\":[\"" + fileId + "\"]}", operator);
			assertThat(attached.status()).as(attached.envelope().toString()).isEqualTo(200);

			// the gateway may serve the product page it kept for up to 5 s
			assertThat(eventually(Duration.ofSeconds(10),
					() -> fileId.equals(product().path("images").path(0).path("fileId").asString(""))))
				.as("the product shows the new photo within seconds").isTrue();
			JsonNode shown = product();
			JsonNode picture = shown.path("images").path(0);
			assertThat(shown.path("imageUrl").asString()).isEqualTo(picture.path("card").path("url").asString());
			for (String size : List.of("thumb", "card", "full")) {
				for (JsonNode source : picture.path(size).path("sources")) {
					String url = source.path("url").asString();
					assertThat(url).contains("/cdn/p/");
					HttpResponse<byte[]> image = fetch(gateway.base() + url.substring(url.indexOf("/cdn/")));
					assertThat(image.statusCode()).as(url).isEqualTo(200);
					assertThat(image.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
					assertThat(image.headers().firstValue("Content-Type").orElse(""))
						.isEqualTo("image/" + source.path("format").asString());
					assertThat(image.body().length).isPositive();
				}
			}
		}
		finally {
			gateway.put("/api/v1/admin/products/" + PRODUCT + "/images", "{\"fileIds\":" + json(before) + "}", operator);
		}
	}

	private static JsonNode product() {
		return gateway.get("/api/v1/products/" + PRODUCT, null).data();
	}

	private static List<String> uploadedPictures(JsonNode product) {
		List<String> ids = new ArrayList<>();
		product.path("images").forEach(image -> {
			if (!image.path("fileId").isNull() && !image.path("fileId").asString("").isEmpty()) {
				ids.add(image.path("fileId").asString());
			}
		});
		return ids;
	}

	private static String json(List<String> ids) {
		return ids.stream().map(id -> "\"" + id + "\"").toList().toString();
	}

	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(900, 700, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x33691E));
		g.fillRect(0, 0, 900, 700);
		g.setColor(new Color(0x8BC34A));
		g.fillOval(200, 150, 500, 400);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** The bytes go straight to the storage, with the headers the ticket names (as curl -X PUT would). */
	private static int put(JsonNode ticket, byte[] bytes) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("url").asString()))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
		ticket.path("headers").properties().forEach(header -> {
			if (!header.getKey().equalsIgnoreCase("content-length")) {
				request.header(header.getKey(), header.getValue().asString());
			}
		});
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
