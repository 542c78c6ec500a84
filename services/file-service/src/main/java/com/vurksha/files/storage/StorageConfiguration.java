package com.vurksha.files.storage;

import java.net.URI;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 client and presigner for the configured storage. Checksums are computed only where the S3 API requires
 * them: several S3-compatible servers refuse the SDK's newer default checksum headers.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean(destroyMethod = "close")
	S3Client s3Client(StorageProperties storage) {
		var builder = S3Client.builder()
			.region(Region.of(storage.region()))
			.credentialsProvider(credentials(storage))
			.forcePathStyle(storage.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(ApacheHttpClient.builder()
				.maxConnections(64)
				.connectionTimeout(Duration.ofSeconds(2))
				.socketTimeout(Duration.ofSeconds(20)))
			.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(30)));
		if (!storage.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(storage.endpoint()));
		}
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	S3Presigner s3Presigner(StorageProperties storage) {
		var builder = S3Presigner.builder()
			.region(Region.of(storage.region()))
			.credentialsProvider(credentials(storage))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(storage.pathStyle()).build());
		String endpoint = storage.publicEndpoint().isBlank() ? storage.endpoint() : storage.publicEndpoint();
		if (!endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

	@Bean
	ObjectStorage objectStorage(S3Client s3Client, S3Presigner s3Presigner, StorageProperties storage) {
		ObjectStorage objects = new ObjectStorage(s3Client, s3Presigner, storage.bucket());
		if (storage.createBucket()) {
			objects.createBucketIfMissing();
		}
		return objects;
	}

	private static AwsCredentialsProvider credentials(StorageProperties storage) {
		if (storage.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(storage.accessKey(), storage.secretKey()));
	}
}
