package com.vurksha.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vurksha.files.FileErrorCode;
import com.vurksha.platform.error.ApiException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The service's bucket, through the S3 API: presigned uploads and downloads for clients, and the reads, writes and
 * deletes of the service itself. A storage that does not answer becomes a retryable 503 for the caller.
 */
public class ObjectStorage {

	private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	public ObjectStorage(S3Client s3, S3Presigner presigner, String bucket) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = bucket;
	}

	/** Creates the bucket unless it exists (local runs and tests). */
	void createBucketIfMissing() {
		try {
			s3.headBucket(b -> b.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			s3.createBucket(b -> b.bucket(bucket));
			log.info("Created bucket {}", bucket);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			s3.createBucket(b -> b.bucket(bucket));
			log.info("Created bucket {}", bucket);
		}
	}

	/**
	 * A PUT a client may send exactly {@code sizeBytes} bytes of {@code contentType} with, to {@code key}, until
	 * {@code validFor} has passed. The headers returned are the ones the signature covers (Host aside).
	 */
	public PresignedUpload presignUpload(String key, String contentType, long sizeBytes, Duration validFor) {
		return call("presign an upload", () -> {
			PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
				.signatureDuration(validFor)
				.putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType).contentLength(sizeBytes)));
			Map<String, String> headers = new LinkedHashMap<>();
			presigned.signedHeaders().forEach((name, values) -> {
				if (!"host".equalsIgnoreCase(name)) {
					headers.put(canonical(name), String.join(",", values));
				}
			});
			return new PresignedUpload(presigned.url(), headers, presigned.expiration());
		});
	}

	/** A GET of a private object that works for {@code validFor}. */
	public URL presignDownload(String key, Duration validFor) {
		return call("presign a download", () -> presigner
			.presignGetObject(request -> request.signatureDuration(validFor).getObjectRequest(get -> get.bucket(bucket).key(key)))
			.url());
	}

	/** The size of the object, or empty when there is none. */
	public Optional<Long> size(String key) {
		return call("look up an object", () -> {
			try {
				HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
				return Optional.of(head.contentLength());
			}
			catch (NoSuchKeyException ex) {
				return Optional.empty();
			}
			catch (S3Exception ex) {
				if (ex.statusCode() == 404) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	/** The object's bytes; the caller has checked its size first. */
	public byte[] read(String key) {
		return call("read an object", () -> {
			try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw SdkException.builder().message("Reading " + key + " failed: " + ex.getMessage()).cause(ex).build();
			}
		});
	}

	/** Opens the object for streaming, or empty when there is none; the caller closes the stream. */
	public Optional<StoredObject> open(String key) {
		return call("read an object", () -> {
			try {
				ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key));
				GetObjectResponse response = in.response();
				return Optional.of(new StoredObject(in, response.contentType(), response.contentLength(),
						response.eTag(), response.cacheControl()));
			}
			catch (NoSuchKeyException ex) {
				return Optional.empty();
			}
		});
	}

	/** Stores bytes under a key, replacing what was there. */
	public void write(String key, byte[] bytes, String contentType, String cacheControl) {
		call("write an object", () -> s3.putObject(
				b -> b.bucket(bucket).key(key).contentType(contentType).cacheControl(cacheControl),
				RequestBody.fromBytes(bytes)));
	}

	/** Deletes the object; deleting a missing one is not an error. */
	public void delete(String key) {
		call("delete an object", () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
	}

	public String bucket() {
		return bucket;
	}

	private static <T> T call(String what, StorageCall<T> call) {
		try {
			return call.run();
		}
		catch (SdkException ex) {
			log.warn("The storage failed to {}: {}", what, ex.getMessage());
			throw new ApiException(FileErrorCode.STORAGE_UNAVAILABLE, "The file storage did not answer; try again", ex)
				.withRetryAfter(Duration.ofSeconds(2));
		}
	}

	private static String canonical(String header) {
		StringBuilder name = new StringBuilder(header.length());
		boolean upper = true;
		for (char c : header.toCharArray()) {
			name.append(upper ? Character.toUpperCase(c) : c);
			upper = c == '-';
		}
		return name.toString();
	}

	@FunctionalInterface
	private interface StorageCall<T> {

		T run();
	}

	/** A presigned PUT: the URL, the headers to send with it, and when it stops working. */
	public record PresignedUpload(URL url, Map<String, String> headers, Instant expiresAt) {
	}

	/** An object opened for reading. */
	public record StoredObject(InputStream content, String contentType, Long contentLength, String eTag,
			String cacheControl) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			content.close();
		}
	}
}
