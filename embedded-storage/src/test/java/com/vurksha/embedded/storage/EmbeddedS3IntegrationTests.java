package com.vurksha.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

class EmbeddedS3IntegrationTests {

	private static final String BUCKET = "vurksha-files";

	@TempDir
	Path dataDir;

	@Test
	void storesAndReturnsObjectsSignedWithTheLocalKeys() {
		try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, 0, BUCKET); S3Client client = client(s3, s3.secretKey())) {
			assertThat(s3.port()).isPositive();
			assertThat(s3.endpoint()).isEqualTo("http://127.0.0.1:" + s3.port());
			client.putObject(put -> put.bucket(BUCKET).key("originals/a.txt").contentType("text/plain"),
					RequestBody.fromString("onion", StandardCharsets.UTF_8));
			assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key("originals/a.txt")).asUtf8String())
				.isEqualTo("onion");
			assertThat(client.headObject(head -> head.bucket(BUCKET).key("originals/a.txt")).contentType())
				.isEqualTo("text/plain");
		}
	}

	@Test
	void refusesRequestsSignedWithAnotherSecret() {
		try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, 0, BUCKET); S3Client client = client(s3, "not-the-secret")) {
			assertThatThrownBy(() -> client.putObject(put -> put.bucket(BUCKET).key("x"), RequestBody.fromString("x")))
				.isInstanceOf(S3Exception.class)
				.satisfies(ex -> assertThat(((S3Exception) ex).statusCode()).isEqualTo(403));
		}
	}

	@Test
	void acceptsAPresignedPutFromAPlainHttpClient() throws Exception {
		try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, 0, BUCKET);
				S3Presigner presigner = S3Presigner.builder()
					.endpointOverride(URI.create(s3.endpoint()))
					.region(Region.AP_SOUTH_1)
					.credentialsProvider(credentials(s3, s3.secretKey()))
					.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
					.build();
				S3Client client = client(s3, s3.secretKey())) {
			PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
				.signatureDuration(Duration.ofMinutes(5))
				.putObjectRequest(put -> put.bucket(BUCKET).key("uploads/photo.jpg").contentType("image/jpeg")));
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest.Builder upload = HttpRequest.newBuilder(presigned.url().toURI())
				.PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 }));
			presigned.signedHeaders().forEach((name, values) -> {
				if (!"host".equalsIgnoreCase(name)) {
					values.forEach(value -> upload.header(name, value));
				}
			});
			HttpResponse<String> response = http.send(upload.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key("uploads/photo.jpg")).asByteArray())
				.containsExactly((byte) 0xFF, (byte) 0xD8, 1, 2, 3);

			HttpResponse<String> tampered = http.send(HttpRequest
				.newBuilder(URI.create(presigned.url().toString().replace("photo.jpg", "other.jpg")))
				.PUT(HttpRequest.BodyPublishers.ofString("x"))
				.header("Content-Type", "image/jpeg")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(tampered.statusCode()).isEqualTo(403);
		}
	}

	@Test
	void keepsObjectsAndTheBucketAcrossARestartOnTheSameFolder() {
		long started = System.nanoTime();
		try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, 0, BUCKET); S3Client client = client(s3, s3.secretKey())) {
			System.out.printf("EmbeddedS3 started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			client.putObject(put -> put.bucket(BUCKET).key("v/1.webp"), RequestBody.fromString("kept"));
		}
		started = System.nanoTime();
		try (EmbeddedS3 s3 = EmbeddedS3.start(dataDir, 0, BUCKET); S3Client client = client(s3, s3.secretKey())) {
			System.out.printf("EmbeddedS3 restarted in %d ms%n", (System.nanoTime() - started) / 1_000_000);
			assertThat(client.getObjectAsBytes(get -> get.bucket(BUCKET).key("v/1.webp")).asUtf8String())
				.isEqualTo("kept");
		}
	}

	private static S3Client client(EmbeddedS3 s3, String secret) {
		return S3Client.builder()
			.endpointOverride(URI.create(s3.endpoint()))
			.region(Region.AP_SOUTH_1)
			.credentialsProvider(credentials(s3, secret))
			.forcePathStyle(true)
			// S3Proxy refuses the SDK's default CRC checksums
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	private static StaticCredentialsProvider credentials(EmbeddedS3 s3, String secret) {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), secret));
	}
}
