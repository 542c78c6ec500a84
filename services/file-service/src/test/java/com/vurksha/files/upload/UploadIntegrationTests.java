package com.vurksha.files.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import com.vurksha.files.support.FileServiceIntegrationTest;
import com.vurksha.files.support.TestImages;
import com.vurksha.platform.jobs.PeriodicJob;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The upload flow end to end against the real S3-compatible server: presigned PUT with a plain HTTP client,
 * completion, the variants as a CDN would fetch them, and everything an upload must refuse.
 */
class UploadIntegrationTests extends FileServiceIntegrationTest {

	private static final long MB = 1024 * 1024;

	@Autowired
	@Qualifier("expiredUploadsJob")
	private PeriodicJob expiredUploads;

	@Test
	void aProductPhotoGoesStraightToTheStorageAndComesBackInEverySizeFromTheCdn() throws Exception {
		String admin = TestTokens.admin();
		byte[] photo = TestImages.jpeg(1600, 1200);
		Api.Reply ticket = start(admin, "product-image", "image/jpeg", photo.length, null);
		assertThat(ticket.status()).isEqualTo(201);
		JsonNode data = ticket.data();
		assertThat(data.get("method").asString()).isEqualTo("PUT");
		assertThat(data.get("url").asString()).startsWith(com.vurksha.files.support.Storage.server().endpoint());
		assertThat(data.get("headers").get("Content-Type").asString()).isEqualTo("image/jpeg");
		assertThat(data.get("expiresAt").asString()).isNotBlank();
		String uploadId = data.get("uploadId").asString();

		assertThat(put(data, photo)).isEqualTo(200);
		Api.Reply file = complete(admin, uploadId);

		assertThat(file.status()).as(file.body().toString()).isEqualTo(200);
		JsonNode view = file.data();
		assertThat(view.get("purpose").asString()).isEqualTo("product-image");
		assertThat(view.get("status").asString()).isEqualTo("READY");
		assertThat(view.get("width").asInt()).isEqualTo(1600);
		assertThat(view.get("height").asInt()).isEqualTo(1200);
		int[][] expected = { { 200, 150 }, { 400, 300 }, { 1200, 900 } };
		String[] sizes = { "thumb", "card", "full" };
		for (int i = 0; i < sizes.length; i++) {
			JsonNode variant = view.get("variants").get(sizes[i]);
			assertThat(variant.get("width").asInt()).isEqualTo(expected[i][0]);
			assertThat(variant.get("height").asInt()).isEqualTo(expected[i][1]);
			assertThat(variant.get("format").asString()).isEqualTo("webp");
			assertThat(variant.get("url").asString()).matches("https://cdn\\.test\\.vurksha\\.in/cdn/p/[0-9a-f]{64}\\.webp");
			List<String> formats = new ArrayList<>();
			variant.get("sources").forEach(source -> formats.add(source.get("format").asString()));
			assertThat(formats).containsExactly("webp", "jpeg");
		}

		// the CDN's origin: this service at /cdn/**, immutable, content-addressed
		String jpegUrl = view.get("variants").get("card").get("sources").get(1).get("url").asString();
		String path = jpegUrl.substring(jpegUrl.indexOf("/cdn/"));
		HttpResponse<byte[]> image = fetch("http://127.0.0.1:" + port() + path);
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		var decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
		assertThat(decoded.getWidth()).isEqualTo(400);
		String name = path.substring(path.lastIndexOf('/') + 1, path.indexOf('.'));
		assertThat(sha256(image.body())).isEqualTo(name);

		// the uploaded original is gone; the file is there for anyone signed in
		assertThat(storage.size(uploadKey(uploadId))).isEmpty();
		Api.Reply again = api.get("/api/v1/files/" + view.get("fileId").asString(), TestTokens.customer());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.data().get("variants").get("card").get("url").asString())
			.isEqualTo(view.get("variants").get("card").get("url").asString());
		// completing again (a lost answer) gives the same file
		assertThat(complete(admin, uploadId).data().get("fileId").asString()).isEqualTo(view.get("fileId").asString());
	}

	@Test
	void aPngCalledJpegIsTakenForWhatItIs() {
		Api.Reply file = upload(TestTokens.admin(), "product-image", "image/jpeg", TestImages.png(300, 300), null);

		assertThat(file.status()).as(file.body().toString()).isEqualTo(200);
		// never enlarged: the source is 300 px wide
		assertThat(file.data().get("variants").get("full").get("width").asInt()).isEqualTo(300);
		assertThat(file.data().get("variants").get("thumb").get("width").asInt()).isEqualTo(200);
	}

	@Test
	void aTextFileCalledPngIsRefusedAndItsBytesDeleted() {
		String admin = TestTokens.admin();
		byte[] text = "just some notes, not a picture\n".repeat(20).getBytes(StandardCharsets.UTF_8);
		Api.Reply ticket = start(admin, "product-image", "image/png", text.length, null);
		put(ticket.data(), text);
		String uploadId = ticket.data().get("uploadId").asString();

		Api.Reply refused = complete(admin, uploadId);

		assertThat(refused.status()).isEqualTo(415);
		assertThat(refused.errorCode()).isEqualTo("UNSUPPORTED_IMAGE");
		assertThat(storage.size(uploadKey(uploadId))).isEmpty();
		assertThat(complete(admin, uploadId).errorCode()).isEqualTo("UPLOAD_STATE_CONFLICT");
	}

	@Test
	void twelveMegabytesAreRefusedWhenDeclaredAndWhenSentUnderASmallerDeclaration() {
		String admin = TestTokens.admin();
		Api.Reply declared = start(admin, "product-image", "image/jpeg", 12 * MB, null);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.errorCode()).isEqualTo("FILE_TOO_LARGE");

		byte[] twelve = new byte[(int) (12 * MB)];
		byte[] jpeg = TestImages.jpeg(64, 64);
		System.arraycopy(jpeg, 0, twelve, 0, jpeg.length);
		Api.Reply ticket = start(admin, "product-image", "image/jpeg", MB, null);
		String uploadId = ticket.data().get("uploadId").asString();
		int status = put(ticket.data(), twelve);

		Api.Reply completion = complete(admin, uploadId);
		if (status == 200) {
			// the storage took the body despite the signed length: completion measures it and refuses
			assertThat(completion.status()).isEqualTo(413);
			assertThat(completion.errorCode()).isEqualTo("FILE_TOO_LARGE");
		}
		else {
			// the storage refused a body longer than the signed length: nothing arrived
			assertThat(completion.errorCode()).isEqualTo("UPLOAD_NOT_RECEIVED");
		}
		assertThat(storage.size(uploadKey(uploadId))).isEmpty();
	}

	@Test
	void aTwentyThousandPixelSquareIsRefusedFromItsHeader() {
		Api.Reply refused = upload(TestTokens.admin(), "product-image", "image/png", TestImages.pngClaiming(20_000,
				20_000), null);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorCode()).isEqualTo("IMAGE_TOO_LARGE");
	}

	@Test
	void aPhonePhotosGpsPositionIsGoneFromEveryVariant() {
		byte[] photo = TestImages.jpegWithGps(800, 600);
		assertThat(TestImages.contains(photo, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();

		Api.Reply file = upload(TestTokens.admin(), "product-image", "image/jpeg", photo, null);

		assertThat(file.status()).as(file.body().toString()).isEqualTo(200);
		file.data().get("variants").forEach(variant -> variant.get("sources").forEach(source -> {
			String url = source.get("url").asString();
			byte[] stored = storage.read(url.substring(url.indexOf("/cdn/") + "/cdn/".length()));
			assertThat(TestImages.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII)))
				.as("Exif in %s", url).isFalse();
		}));
	}

	@Test
	void bytesThatDifferFromTheDeclarationAreRefused() {
		String admin = TestTokens.admin();
		byte[] photo = TestImages.jpeg(200, 200);
		Api.Reply ticket = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/files/uploads", admin,
				Api.object("purpose", "product-image", "contentType", "image/jpeg", "sizeBytes", photo.length,
						"sha256", "0".repeat(64)));
		put(ticket.data(), photo);

		Api.Reply refused = complete(admin, ticket.data().get("uploadId").asString());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorCode()).isEqualTo("UPLOAD_MISMATCH");
	}

	@Test
	void completingBeforeTheBytesArriveSaysSoAndTheUploadStays() {
		String admin = TestTokens.admin();
		byte[] photo = TestImages.jpeg(200, 200);
		Api.Reply ticket = start(admin, "product-image", "image/jpeg", photo.length, null);
		String uploadId = ticket.data().get("uploadId").asString();

		assertThat(complete(admin, uploadId).errorCode()).isEqualTo("UPLOAD_NOT_RECEIVED");
		put(ticket.data(), photo);
		assertThat(complete(admin, uploadId).status()).isEqualTo(200);
	}

	@Test
	void onlyOperatorsUploadProductImagesAndOnlyTheUploaderCompletes() {
		Api.Reply customer = start(TestTokens.customer(), "product-image", "image/jpeg", 1000, null);
		assertThat(customer.status()).isEqualTo(403);
		assertThat(customer.errorCode()).isEqualTo("UPLOAD_NOT_ALLOWED");

		Api.Reply ticket = start(TestTokens.admin(), "product-image", "image/jpeg", 1000, null);
		assertThat(complete(TestTokens.admin(), ticket.data().get("uploadId").asString()).status()).isEqualTo(404);
		assertThat(complete(TestTokens.admin(), "not-an-id").errorCode()).isEqualTo("UPLOAD_NOT_FOUND");
	}

	@Test
	void badRequestsAreFourHundreds() {
		String admin = TestTokens.admin();
		assertThat(start(admin, "avatar", "image/jpeg", 1000, null).status()).isEqualTo(400);
		assertThat(start(admin, "product-image", "application/pdf", 1000, null).errorCode())
			.isEqualTo("UNSUPPORTED_IMAGE");
		assertThat(start(admin, "product-image", "image/jpeg", 0, null).status()).isEqualTo(400);
		assertThat(api.send(org.springframework.http.HttpMethod.POST, "/api/v1/files/uploads", admin, "{").status())
			.isEqualTo(400);
		assertThat(start(null, "product-image", "image/jpeg", 1000, null).status()).isEqualTo(401);
	}

	@Test
	void anUploadNotCompletedWithinTheHourIsDeletedWithItsBytes() {
		String admin = TestTokens.admin();
		byte[] photo = TestImages.jpeg(200, 200);
		Api.Reply ticket = start(admin, "product-image", "image/jpeg", photo.length, null);
		String uploadId = ticket.data().get("uploadId").asString();
		put(ticket.data(), photo);
		assertThat(storage.size(uploadKey(uploadId))).isPresent();
		jdbc.sql("update upload set expires_at = now() - interval '1 minute' where id = :id::uuid")
			.param("id", uploadId)
			.update();

		expiredUploads.runOnce();

		assertThat(storage.size(uploadKey(uploadId))).isEmpty();
		assertThat(jdbc.sql("select status from upload where id = :id::uuid").param("id", uploadId)
			.query(String.class).single()).isEqualTo("EXPIRED");
		Api.Reply late = complete(admin, uploadId);
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.errorCode()).isEqualTo("UPLOAD_EXPIRED");
	}

	private int port() {
		return Integer.parseInt(rest.getRootUri().substring(rest.getRootUri().lastIndexOf(':') + 1));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
